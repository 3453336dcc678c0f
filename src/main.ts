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

target.textContent = '';
mount(App, { target, props: { mode } });
