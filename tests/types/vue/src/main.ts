import { createApp, h } from 'vue';
import App from './App.vue';
import Checks from './Checks.vue';

createApp({ render: () => [h(App), h(Checks)] }).mount('#app');
