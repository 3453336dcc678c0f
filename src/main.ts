import { mount } from 'svelte';
import './styles/global.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('Lagebild: #app element missing from index.html');
target.textContent = '';
mount(App, { target });
