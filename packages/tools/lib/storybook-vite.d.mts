import type { InlineConfig, Plugin } from 'vite';

export declare const shippedConditions: string[];
export declare const sourceConditions: string[];
export declare const SHIPPED_MODULES_FILE: string;
export declare function shippedPackagesPlugin(dir: string): Plugin;
export declare function storybookVite<C extends InlineConfig>(config: C, shippedDir?: string): C;
