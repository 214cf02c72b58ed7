// A file upload that reports its progress. fetch (and so the generated client) cannot tell how much of a request
// body has been sent; XMLHttpRequest can, and a record holder's A&D file may be 256 MB. Same headers, same
// problem handling as the generated client (client.ts, problem.ts).
import { requestHeaders } from './client';
import { ApiError, NetworkError, problemOf } from './problem';

export interface UploadProgress {
  sent: number;
  total: number;
}

export function uploadWithProgress<T>(
  url: string,
  body: Blob,
  contentType: string,
  onProgress: (progress: UploadProgress) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', contentType);
    for (const [name, value] of Object.entries(requestHeaders('POST'))) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) =>
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : body.size });
    request.onerror = () => reject(new NetworkError('network'));
    request.onload = () => {
      const json = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(json as T);
      else reject(new ApiError(problemOf(json, request.status, request.statusText), request.status));
    };
    onProgress({ sent: 0, total: body.size });
    request.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
