// The JSON API. Errors come back as {status, message}; they are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(res) {
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body && body.message ? body.message : res.statusText);
  return body;
}

/** GET /api/... with query parameters (arrays repeat the parameter). */
export async function get(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.forEach(x => q.append(k, x));
    else if (v !== undefined && v !== null && v !== '') q.append(k, v);
  }
  const qs = q.toString();
  return parse(await fetch('/api/' + path + (qs ? '?' + qs : ''), {headers: {Accept: 'application/json'}}));
}

/** POST JSON with the bearer token. */
export async function post(path, body, token) {
  return parse(await fetch('/api/' + path, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Authorization: 'Bearer ' + token},
    body: JSON.stringify(body),
  }));
}

/** The path segment of an id. */
export function seg(id) {
  return encodeURIComponent(id);
}
