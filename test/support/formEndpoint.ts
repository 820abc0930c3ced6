// A stand-in for the municipality's form endpoint, on 127.0.0.1 (the one address site.json may
// name over plain http): it records every POST it receives, answers CORS like an endpoint that
// lets the script post in place, and lets the tests (in other processes) read what arrived.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { listenLocally, type StaticServer } from './serveStatic.ts';

/** One request as it arrived: its path, content type and fields in the order the browser sent them. */
export interface ReceivedPost {
  path: string;
  contentType: string;
  fields: [string, string][];
  origin: string;
}

/** The path under which the tests read what was posted (GET returns the list as JSON). */
export const RECEIVED_PATH = '/__received';

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export async function startFormEndpoint(): Promise<StaticServer> {
  const received: ReceivedPost[] = [];
  const server: Server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'GET' && req.url === RECEIVED_PATH) {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify(received));
    }
    if (req.method !== 'POST') {
      res.statusCode = req.method === 'OPTIONS' ? 204 : 405;
      return res.end();
    }
    body(req).then((text) => {
      received.push({
        path: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        fields: [...new URLSearchParams(text)],
        origin: req.headers.origin ?? '',
      });
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><html lang="sv"><title>Tack</title><h1>Tack, vi har tagit emot ditt svar</h1></html>');
    });
  });
  return listenLocally(server);
}

/** What the endpoint has received so far. */
export async function receivedPosts(endpoint: string): Promise<ReceivedPost[]> {
  return (await (await fetch(endpoint + RECEIVED_PATH)).json()) as ReceivedPost[];
}
