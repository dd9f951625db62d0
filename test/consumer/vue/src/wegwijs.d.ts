// The widgets' and core's Vue template types (GlobalComponents), generated from their manifests.
import type {} from '@wegwijs/step-guide/vue';
import type {} from '@wegwijs/video-explainer/vue';
import type {} from '@wegwijs/letter-explainer/vue';
import type {} from '@wegwijs/contact-finder/vue';
import type {} from '@wegwijs/question-helper/vue';
import type {} from '@wegwijs/core/vue';
