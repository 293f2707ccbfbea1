// Calls to the shop's REST APIs. The token lives in sessionStorage (gone with the tab) and travels only in the
// Authorization header, never in a URL.

const SESSION = 'shop.console.session';

/** A refusal of the API, read from its RFC 9457 problem body. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(describe(status, problem));
        this.status = status;
        this.code = problem?.code;
        this.problem = problem;
    }
}

function describe(status, problem) {
    if (!problem) {
        return `The server answered ${status}.`;
    }
    const title = problem.title || `Error ${status}`;
    const detail = problem.detail && problem.detail !== title ? `: ${problem.detail}` : '';
    return `${title}${detail}`;
}

export function session() {
    const stored = sessionStorage.getItem(SESSION);
    return stored ? JSON.parse(stored) : null;
}

export function signIn(login) {
    sessionStorage.setItem(SESSION, JSON.stringify(login));
}

export function signOut() {
    sessionStorage.removeItem(SESSION);
}

let settings = null;

/** Where the pay API and (development only) the sandbox are, asked of order-web once per sign-in. */
export async function consoleSettings() {
    settings ??= await orderWeb('GET', '/api/console/settings');
    return settings;
}

export function forgetSettings() {
    settings = null;
}

export function orderWeb(method, path, body) {
    return call(method, path, body);
}

export async function payWeb(method, path, body) {
    const { payWebUrl } = await consoleSettings();
    return call(method, payWebUrl + path, body);
}

async function call(method, url, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    const current = session();
    if (current) {
        headers.Authorization = `Bearer ${current.token}`;
    }
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
        response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (unreachable) {
        throw new ApiError(0, { title: 'The server cannot be reached', detail: `${method} ${url}` });
    }
    return read(response);
}

/**
 * Numbers are kept as the API wrote them, read from the source text where the browser offers it: a 64-bit id written
 * as a JSON number (a coupon's) would be rounded, and money (55.00) would lose its two decimals.
 */
function exactIntegers(key, value, context) {
    const exact = typeof value === 'number' && context?.source
        && (!Number.isSafeInteger(value) || context.source.includes('.'));
    return exact ? context.source : value;
}

async function read(response) {
    const type = response.headers.get('Content-Type') || '';
    const json = type.includes('json') ? JSON.parse(await response.text(), exactIntegers) : null;
    if (response.ok) {
        return json;
    }
    if (response.status === 401 && session()) {
        // the token expired or its key changed: back to the sign-in form
        signOut();
        window.dispatchEvent(new Event('shop:signed-out'));
    }
    throw new ApiError(response.status, json);
}

/** A payment code as an object URL of its QR image, fetched with the token like any API call. */
export async function qrImage(text) {
    const response = await fetch(`/api/console/qr?text=${encodeURIComponent(text)}`, {
        headers: { Authorization: `Bearer ${session().token}` },
    });
    if (!response.ok) {
        await read(response);
    }
    return URL.createObjectURL(await response.blob());
}

/** Pays a trade in the development sandbox, as the payer scanning the code would; no token goes there. */
export async function payInSandbox(codeUrl) {
    const { sandboxUrl } = await consoleSettings();
    return devTool('POST', `${sandboxUrl}/sandbox/pay?code_url=${encodeURIComponent(codeUrl)}`,
        'The sandbox refused to pay');
}

/**
 * Calls one of the devstack's own tools (sandbox, simulator, checker), which answer JSON with an {error} on failure.
 * They are not the shop's API: no token goes there.
 */
export async function devTool(method, url, refusal = 'The development tool refused') {
    let response;
    try {
        response = await fetch(url, { method });
    } catch (unreachable) {
        throw new ApiError(0, { title: 'The development tool cannot be reached', detail: `${method} ${url}` });
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
        throw new ApiError(response.status, { title: refusal, detail: answer.error });
    }
    return answer;
}
