#!/usr/bin/env python3
"""A tiny OpenAI-compatible chat-completions server that replays canned answers for the bundled sample project's
coffee.png (600 x 400), for demos and screenshots of the Assistant tab: no model, no GPU, standard library only.

    python3 scripts/vlm/demo_server.py [PORT]        # default 8765; then endpoint http://127.0.0.1:PORT/v1

It answers POST /v1/chat/completions by looking at the question's text (region caption, Set-of-Mark / index
grounding, Seg-Zero-style reasoning, Qwen-style grounded caption, KOSMOS-2 markup, the connection test) with a
short delay so latencies look like a model's. Boxes are in Qwen2.5-VL smart-resize pixels (588 x 392 for 600 x 400).
"""
import json
import random
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GROUNDED = ('A cup of black coffee with a spoon on a white saucer.\n```json\n['
            '{"bbox_2d": [172, 18, 402, 299], "label": "A cup of black coffee"},\n'
            '{"bbox_2d": [319, 67, 414, 319], "label": "a spoon"},\n'
            '{"bbox_2d": [74, 71, 470, 380], "label": "a white saucer"}]\n```')
KOSMOS = ('<grounding> An image of<phrase> a cup of coffee</phrase><object><patch_index_0069>'
          '<patch_index_0722></object> on<phrase> a saucer</phrase><object><patch_index_0066>'
          '<patch_index_0975></object>.')
REASON = ('<think>Something to drink from: the cup in the middle holds coffee; the saucer and the spoon are not '
          'for drinking.</think>\n<answer>{"bbox": [172, 18, 402, 299], "points_1": [280, 120], '
          '"points_2": [250, 230]}</answer>')
CAPTIONS = {
    'rectangle': 'A white ceramic cup filled with black coffee, seen from above.',
    'ellipse': 'A round white coffee cup on a saucer.',
    'arrow': 'Black coffee.',
    'contour': 'A cup of coffee.',
}


def answer_for(text):
    t = text.lower()
    if 'single word ok' in t:
        return 'OK'
    if 'describe this image' in t:
        return GROUNDED
    if t.startswith('<grounding>'):
        return KOSMOS
    if 'with bbox and points' in t:
        return REASON
    if 'please detect' in t:
        if 'labelled with a number' in t:
            return '<ground>the cup</ground><objects><obj1></objects>'
        return '<ground>the cup</ground><objects><obj0></objects>'
    if 'description of the region' in t or 'region' in t:
        for key, caption in CAPTIONS.items():
            if key in t:
                return caption
        return 'A cup of coffee on a saucer, with a spoon on the right.'
    return 'I can only answer the PromptCanvas demo questions.'


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        if self.path.rstrip('/') != '/v1/chat/completions':
            self.send_error(404, 'not found')
            return
        body = json.loads(self.rfile.read(int(self.headers.get('Content-Length', 0))) or b'{}')
        parts = body.get('messages', [{}])[-1].get('content', '')
        text = parts if isinstance(parts, str) else ' '.join(p.get('text', '') for p in parts
                                                           if p.get('type') == 'text')
        time.sleep(random.uniform(0.3, 1.2))
        content = answer_for(text)
        out = json.dumps({'id': 'chatcmpl-demo', 'object': 'chat.completion', 'model': body.get('model', 'demo'),
                          'choices': [{'index': 0, 'message': {'role': 'assistant', 'content': content},
                                       'finish_reason': 'stop'}],
                          'usage': {'prompt_tokens': 0, 'completion_tokens': len(content.split())}}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, fmt, *args):
        sys.stderr.write('demo-vlm: ' + fmt % args + '\n')


if __name__ == '__main__':
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    print(f'demo VLM server on http://127.0.0.1:{port}/v1', flush=True)
    ThreadingHTTPServer(('127.0.0.1', port), Handler).serve_forever()
