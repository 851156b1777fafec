'use client';
import { useState, type ReactNode } from 'react';
import { useEarlyInput } from '../site/use-early-input';
import { LIMITS } from '@/lib/bounce/read/limits';


/** Wraps the paste area: dropping a file (or choosing one) reads it locally as bytes. */
export function DropZone({ children, onFile, onTooBig }: { children: ReactNode; onFile: (bytes: Uint8Array, name: string) => void; onTooBig: () => void }) {
  const [over, setOver] = useState(false);
  // A file chosen before the framework loaded is read once it has.
  const picker = useEarlyInput<HTMLInputElement>((field) => void read(field.files?.[0]));
  async function read(file: File | undefined) {
    if (!file) return;
    if (file.size > LIMITS.maxInputBytes) return onTooBig();
    onFile(new Uint8Array(await file.arrayBuffer()), file.name);
  }
  return (
    <div
      className={`mt-2 rounded-md ${over ? 'ring-4 ring-blue-500' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); void read(e.dataTransfer.files[0]); }}
    >
      {children}
      <p className="mt-2 text-sm">
        <label className="cursor-pointer rounded font-medium text-blue-800 underline focus-within:ring-2 focus-within:ring-blue-600 dark:text-blue-300">
          Or choose an .eml file
          <input ref={picker} type="file" accept=".eml,.txt,message/rfc822,text/plain" className="sr-only" onChange={(e) => void read(e.target.files?.[0])} />
        </label>
      </p>
    </div>
  );
}
