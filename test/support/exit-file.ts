// Tests in a real terminal learn the dashboard's exit status from a file the
// shell writes after it (`echo $? > FILE`). The shell creates the file before
// echo writes to it, so a file that exists may still be empty: wait for the
// whole line.
import { existsSync, readFileSync } from 'node:fs';

export async function exitStatusIn(file: string, timeoutMs = 10_000): Promise<string> {
  const written = (): boolean => existsSync(file) && readFileSync(file, 'utf8').endsWith('\n');
  const until = Date.now() + timeoutMs;
  while (!written() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (!written()) throw new Error(`no exit status in ${file} after ${timeoutMs} ms`);
  return readFileSync(file, 'utf8').trim();
}
