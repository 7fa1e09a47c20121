/** Models and prompt encodings: segmenters, visual-prompt renderers, region encodings, the VLM client. */
package dev.promptcanvas.inference;
