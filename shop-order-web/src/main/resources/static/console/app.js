// The console's shell: signing in and out, the navigation, and one place where every failure becomes a message.
import { ApiError, consoleSettings, forgetSettings, orderWeb, session, signIn, signOut } from './api.js';
import { el, form, section } from './dom.js';
import { operatorView } from './operator.js';
import { accountView, machinesView, ordersView, shopView } from './shopper.js';

const views = { shop: shopView, machines: machinesView, orders: ordersView, account: accountView, operator: operatorView };
const main = document.getElementById('main');
const message = document.getElementById('message');
let viewCount = 0;

const ui = {
    render: (...parts) => main.replaceChildren(...parts),
    user: () => session(),
    currentView: () => viewCount,
    go(route, again = false) {
        if (location.hash.slice(1) === route && again) {
            show();
        } else {
            location.hash = route;
        }
    },
    fail(failure) {
        message.className = '';
        message.textContent = failure instanceof Error ? failure.message : String(failure);
        message.hidden = false;
        if (!(failure instanceof ApiError)) {
            console.error(failure);
        }
    },
    inform(text) {
        message.className = 'info';
        message.textContent = text;
        message.hidden = false;
    },
    /** Runs a call the user asked for: its answer, or null once its failure is on screen. */
    async attempt(call) {
        try {
            const answer = await call();
            message.hidden = true;
            return answer ?? {};
        } catch (failure) {
            ui.fail(failure);
            return null;
        }
    },
};

async function show() {
    viewCount++;
    const current = session();
    document.getElementById('nav').hidden = !current;
    document.getElementById('sign-out').hidden = !current;
    document.getElementById('who').textContent = current ? current.userName : '';
    // only a convenience: /api/admin/** refuses a shopper's token whatever the page shows
    document.getElementById('nav-operator').hidden = current?.role !== 'OPERATOR';
    if (!current) {
        signInView();
        return;
    }
    const [name, argument] = location.hash.slice(1).split('/');
    const view = views[name] ? name : 'shop';
    document.querySelectorAll('#nav button').forEach(b => b.classList.toggle('current', b.dataset.view === view));
    try {
        await views[view](ui, argument ? decodeURIComponent(argument) : undefined);
    } catch (failure) {
        ui.fail(failure);
    }
}

function signInView() {
    ui.render(el('div', { class: 'columns' },
        section('Log in', form('login', [
            { name: 'username', label: 'User name', required: true, autocomplete: 'username' },
            { name: 'password', label: 'Password', type: 'password', required: true, autocomplete: 'current-password' },
        ], 'Log in', fields => enter('/api/auth/login', fields))),
        section('Sign up', form('register', [
            { name: 'username', label: 'User name', required: true, autocomplete: 'username' },
            { name: 'password', label: 'Password', type: 'password', required: true, autocomplete: 'new-password' },
            { name: 'mobile', label: 'Mobile (optional)', type: 'tel' },
        ], 'Sign up', fields => enter('/api/auth/register', { ...fields, mobile: fields.mobile || undefined })))));
}

async function enter(path, fields) {
    const login = await ui.attempt(() => orderWeb('POST', path, fields));
    if (login) {
        signIn({ token: login.token, userId: login.userId, userName: login.userName, role: login.role });
        forgetSettings();
        await consoleSettings().catch(ui.fail);
        ui.go(login.role === 'OPERATOR' ? 'operator' : 'shop', true);
    }
}

document.getElementById('nav').addEventListener('click', event => {
    if (event.target.dataset.view) {
        ui.go(event.target.dataset.view, true);
    }
});
document.getElementById('sign-out').addEventListener('click', () => {
    signOut();
    forgetSettings();
    ui.go('', true);
});
window.addEventListener('shop:signed-out', () => show());
window.addEventListener('hashchange', () => show());
show();
