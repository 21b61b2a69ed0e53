// The floor page: an empty Svelte app built like the real one, so the benchmark can say how far the app is from it.
import { mount } from 'svelte';
import Floor from './Floor.svelte';

mount(Floor, { target: document.getElementById('app') as HTMLElement });
