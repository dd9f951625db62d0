// The loader loads the site's storage while a widget's files download (warm-storage.ts).
import { expect } from '@open-wc/testing';
import { warmDeviceStorage } from '../src/warm-storage.js';

describe('warming the device storage', () => {
  it('touches localStorage once, after the current task’s other work, and reads no key', async () => {
    const length = Object.getOwnPropertyDescriptor(Storage.prototype, 'length')!;
    const getItem = Storage.prototype.getItem;
    let lengthReads = 0;
    let keyReads = 0;
    Object.defineProperty(Storage.prototype, 'length', {
      configurable: true,
      get(this: Storage) {
        lengthReads += 1;
        return length.get!.call(this) as number;
      },
    });
    Storage.prototype.getItem = function (this: Storage, key: string) {
      keyReads += 1;
      return getItem.call(this, key);
    };
    try {
      warmDeviceStorage();
      warmDeviceStorage();
      expect(lengthReads, 'not in the scan itself').to.equal(0);
      await Promise.resolve();
      expect(lengthReads).to.equal(1);
      warmDeviceStorage();
      await Promise.resolve();
      expect(lengthReads, 'once per page').to.equal(1);
      expect(keyReads).to.equal(0);
    } finally {
      Object.defineProperty(Storage.prototype, 'length', length);
      Storage.prototype.getItem = getItem;
    }
  });
});
