// Starts a copy of the demo server in a throw-away project folder (with a .git, a node_modules
// and a sibling folder whose name starts with the project's) and sends it raw requests, so the
// test sees what an attacker's bytes get, not what a browser or fetch would normalise them to.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * The first line of the answer to `GET <target>`, sent byte for byte; `null` when none came.
 * A target may also be `{ target, accept }` to send an Accept-Encoding header; `encoding` is
 * then the answer's Content-Encoding and `bytes` the length of its body as sent.
 */
function rawStatus(port, request, method = 'GET') {
  const { target, accept } = typeof request === 'string' ? { target: request } : request;
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    let raw = Buffer.alloc(0);
    const finish = () => {
      socket.destroy();
      const text = raw.toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const head = text.split('\r\n\r\n')[0];
      const encoding = /^content-encoding: *(\S+)/im.exec(head)?.[1] ?? null;
      const body = raw.subarray(head.length + 4);
      done({ target, method, status: match ? Number(match[1]) : null, body: body.toString('utf8'), encoding, bytes: body.length });
    };
    socket.setTimeout(3000, finish);
    socket.on('data', (chunk) => (raw = Buffer.concat([raw, chunk])));
    socket.on('end', finish);
    socket.on('error', finish);
    const extra = accept ? `Accept-Encoding: ${accept}\r\n` : '';
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`);
  });
}

/**
 * `{ listening, answers: [{ target, status, body }], aliveAfter, exitCode }` for the raw
 * request targets given, sent one after another; `aliveAfter` is the status of `/demo/` once
 * they are all answered, and `exitCode` is null while the server still runs.
 */
export async function probeDemoServer(targets) {
  const base = mkdtempSync(resolve(tmpdir(), 'kz-demo-'));
  const project = resolve(base, 'site');
  write(resolve(project, 'demo/index.html'), '<!doctype html><title>demo</title>');
  write(resolve(project, 'demo/data/kz-fact.csv'), 'id,value\n');
  write(resolve(project, 'demo/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write(resolve(project, 'dist/kz-auto-charts.js'), `// bundle\n${'export const repeated = "text compresses";\n'.repeat(200)}`);
  write(resolve(project, 'custom-elements.json'), '{}');
  write(resolve(project, 'package.json'), '{ "type": "module" }');
  write(resolve(project, '.git/config'), '[core]\n');
  write(resolve(project, 'node_modules/lit/package.json'), '{}');
  write(resolve(project, 'src/index.ts'), '');
  write(resolve(base, 'site-secret/x'), 'secret');
  write(resolve(base, 'outside'), 'secret');
  // A link inside a served folder that leads out of the project.
  symlinkSync(resolve(base, 'site-secret/x'), resolve(project, 'demo/leak'));
  mkdirSync(resolve(project, 'scripts'));
  copyFileSync(resolve(here, 'serve-demo.js'), resolve(project, 'scripts/serve-demo.js'));

  const child = spawn(process.execPath, [resolve(project, 'scripts/serve-demo.js')], {
    env: { ...process.env, PORT: '0', HOST: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exitCode = null;
  child.on('exit', (code, signal) => (exitCode = code ?? signal));
  let output = '';
  child.stderr.on('data', (c) => (output += c));
  try {
    const listening = await new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the demo server did not start: ${output}`)), 5000);
      child.stdout.on('data', (c) => {
        output += c;
        const match = /http:\/\/(\S+):(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          done({ host: match[1], port: Number(match[2]) });
        }
      });
    });
    const answers = [];
    for (const target of targets) answers.push(await rawStatus(listening.port, target));
    const after = await rawStatus(listening.port, '/demo/');
    return { listening: listening.host, answers, aliveAfter: after.status, exitCode, stderr: output };
  } finally {
    child.kill();
    rmSync(base, { recursive: true, force: true });
  }
}

// `node scripts/probe-demo-server.js '/%' '/.git/config'` prints what each target gets.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await probeDemoServer(process.argv.slice(2)), null, 2));
}
