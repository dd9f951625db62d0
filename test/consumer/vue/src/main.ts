// Vue 3 renders the four widgets (App.vue); the define entries register their tags.
import '@wegwijs/step-guide/define';
import '@wegwijs/video-explainer/define';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import '@wegwijs/question-helper/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
