/** An error the API answered with (its message and code), or a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    /** The input field the server named as wrong (BAD_USER_INPUT's `extensions.field`). */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API key of this tab: in memory only, never in localStorage; a reload asks again. */
let apiKey: string | null = null;

export function setApiKey(key: string | null): void {
  apiKey = key;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { ...(apiKey ? { 'x-api-key': apiKey } : {}), ...extra };
}

interface ErrorBody {
  message?: string;
  code?: string;
  error?: { message?: string; code?: string };
  errors?: Array<{ message: string; extensions?: { code?: string; field?: unknown } }>;
}

function errorOf(body: ErrorBody | null, status: number): ApiError {
  const first = body?.errors?.[0];
  if (first) {
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : null;
    return new ApiError(first.message, first.extensions?.code ?? 'ERROR', status, field);
  }
  const message = body?.error?.message ?? body?.message ?? `The server answered HTTP ${status}`;
  const code = body?.error?.code ?? body?.code ?? `HTTP_${status}`;
  return new ApiError(message, code, status);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(
      `The server answered HTTP ${response.status} with a body that is not JSON`,
      'BAD_RESPONSE',
      response.status,
    );
  }
}

/** A typed GraphQL document: its text, with its result and variables types attached. */
export interface Operation<Result, Variables> {
  readonly document: string;
  /** Never set: carries the types. */
  readonly types?: { result: Result; variables: Variables };
}

export function operation<Result, Variables = Record<string, never>>(document: string): Operation<Result, Variables> {
  return { document };
}

export async function graphql<Result, Variables>(
  op: Operation<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ query: op.document, variables }),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError('The server could not be reached', 'NETWORK_ERROR', 0);
  }
  const body = (await readJson(response)) as (ErrorBody & { data?: Result }) | null;
  if (body?.errors?.length || !response.ok || !body?.data) {
    throw errorOf(body, response.status);
  }
  return body.data;
}

export async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: headers() });
  } catch {
    throw new ApiError('The server could not be reached', 'NETWORK_ERROR', 0);
  }
  const body = await readJson(response);
  if (!response.ok) {
    throw errorOf(body as ErrorBody | null, response.status);
  }
  return body as T;
}

/** Fetches a file with the tab's key (a plain link cannot send it) for a download or a new tab. */
export async function getBlob(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, { headers: headers() });
  } catch {
    throw new ApiError('The server could not be reached', 'NETWORK_ERROR', 0);
  }
  if (!response.ok) {
    throw errorOf((await readJson(response).catch(() => null)) as ErrorBody | null, response.status);
  }
  return response.blob();
}

/** True when requests carry a key, so links to the API must be fetched rather than followed. */
export function hasApiKey(): boolean {
  return apiKey !== null;
}

/**
 * Sends a file as the request body with XMLHttpRequest, which (unlike fetch) reports upload
 * progress; `onProgress` gets 0 to 1.
 */
export function uploadFile<T>(path: string, file: Blob, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    for (const [name, value] of Object.entries(headers({ 'content-type': 'application/octet-stream' }))) {
      request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    };
    request.onerror = () => reject(new ApiError('The server could not be reached', 'NETWORK_ERROR', 0));
    request.onload = () => {
      let body: unknown = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        reject(
          new ApiError(
            `The server answered HTTP ${request.status} with a body that is not JSON`,
            'BAD_RESPONSE',
            request.status,
          ),
        );
        return;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as T);
      } else {
        reject(errorOf(body as ErrorBody | null, request.status));
      }
    };
    request.send(file);
  });
}
