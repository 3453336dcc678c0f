import { mount } from 'svelte';
import './styles/global.css';
import App from './App.svelte';
import { decodePageMode } from './state/embed.ts';

const target = document.getElementById('app');
if (!target) throw new Error('Lagebild: #app element missing from index.html');

// Theme and embed mode are fixed for the page's life, and set before the first paint so an embed never flashes
// the wrong colours or the page chrome.
const mode = decodePageMode(new URLSearchParams(location.search));
if (mode.theme) document.documentElement.dataset.theme = mode.theme;
if (mode.embed) document.documentElement.dataset.embed = mode.embed;

// Mount in the next task, not during module evaluation: evaluating the bundle and building the shell together
// made one main-thread task of 55–60 ms on a 2-core machine; apart, each stays well under the 50 ms of issue 4.
setTimeout(() => {
  target.textContent = '';
  performance.mark('lagebild:mount-start');
  mount(App, { target, props: { mode } });
  performance.mark('lagebild:mount-end');
}, 0);
