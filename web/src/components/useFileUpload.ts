// The state of a form that uploads one file with progress: the chosen file, how far its upload has got, and the
// submit that starts it. The progress starts at zero before the first byte goes, so the bar shows at once.
import { useState, type FormEvent } from 'react';
import type { UploadProgress } from '../api/uploadWithProgress';

export function useFileUpload(start: (file: File, onProgress: (progress: UploadProgress) => void) => void) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setProgress({ sent: 0, total: file.size });
    start(file, setProgress);
  };
  return { file, setFile, progress, submit };
}
