// The test build's background entry point: the real background (imported by the hooks) and the hooks.
import './hooks.js';
