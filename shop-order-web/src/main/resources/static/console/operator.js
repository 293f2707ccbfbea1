// The operator's view: every user's recent orders with their saga and shipping, payments and refunds, the messaging
// of every service, machines, and in development the simulator's modes and the invariant checker's verdict.
import { consoleSettings, devTool, orderWeb, payWeb } from './api.js';
import { el, section, table, time } from './dom.js';
import { orderTimeline, ordersTable, stateOf } from './shopper.js';
import { timeline } from './timeline.js';

export async function operatorView(ui, orderId) {
    const settings = await consoleSettings();
    const parts = await Promise.all([
        shown('Recent orders', () => ordersSection(ui, orderId)),
        shown('Payments and refunds', paymentsSection),
        shown('Messaging', messagingSection),
        shown('Vending machines', () => machinesSection(ui, settings.simulatorUrl)),
        shown('Invariant checker', () => checkerSection(ui, settings.checkerUrl)),
    ]);
    ui.render(...parts);
}

/** A part of the view, or where it would be the reason it is not: one failing read leaves the others on screen. */
async function shown(title, read) {
    try {
        return await read();
    } catch (failure) {
        return section(title, el('p', { class: 'failure' }, failure.message));
    }
}

async function ordersSection(ui, orderId) {
    const page = await orderWeb('GET', '/api/admin/orders?size=30');
    const orders = Array.isArray(page) ? page : page.items;
    const list = section('Recent orders', ordersTable(orders, o => ui.go(`operator/${o.orderId}`), orderId,
        'admin-orders'));
    return orderId ? el('div', {}, list, await operatorOrder(ui, orders.find(o => o.orderId === orderId), orderId))
        : list;
}

async function operatorOrder(ui, order, orderId) {
    const steps = await orderTimeline(orderId, `/api/admin/orders/${orderId}/timeline`);
    const ship = order && order.orderStatus === 'CONFIRMED' && order.payStatus === 'PAID'
        && order.shippingStatus === 'NOT_SHIPPED' && !order.innerCode
        ? el('button', { type: 'button', id: 'ship', class: 'primary', onclick: async () => {
            if (await ui.attempt(() => orderWeb('POST', `/api/admin/orders/${orderId}/ship`))) {
                ui.inform(`Order ${orderId} shipped.`);
                ui.go(`operator/${orderId}`, true);
            }
        } }, 'Ship')
        : null;
    return section(`Order ${orderId}`,
        el('p', {
            class: 'status', id: 'admin-order-status',
            'data-order-status': order?.orderStatus, 'data-shipping-status': order?.shippingStatus,
        }, order ? stateOf(order) : ''),
        order ? el('p', {}, `user ${order.userId}, ${order.orderAmount} to ${order.consignee ?? ''}, ${order.address ?? ''}`) : null,
        el('div', { class: 'actions' }, ship),
        el('h3', {}, 'Saga timeline'),
        steps ? timeline(steps) : el('p', { class: 'muted' }, 'This server keeps no timeline of orders.'),
        el('p', { class: 'muted' }, `read ${time(new Date().toISOString())}`));
}

async function paymentsSection() {
    const { payments, refunds } = await payWeb('GET', '/api/admin/payments?limit=20');
    return section('Payments and refunds',
        table([
            { title: 'Payment', value: p => p.payId },
            { title: 'Order', value: p => p.orderId },
            { title: 'User', value: p => p.userId },
            { title: 'Amount', value: p => p.payAmount, number: true },
            { title: 'State', value: p => `${p.payStatus} (${p.channel} ${p.tradeType ?? ''})` },
            { title: 'Opened', value: p => time(p.createTime) },
            { title: 'Paid', value: p => time(p.payTime) },
            { title: 'Last failure', value: p => p.errCode ? `${p.errCode}: ${p.errCodeDes ?? ''}` : '' },
        ], payments, { id: 'admin-payments', rowId: p => p.payId }),
        el('h3', {}, 'Refunds'),
        refunds.length ? table([
            { title: 'Refund', value: r => r.refundId },
            { title: 'Order', value: r => r.orderId },
            { title: 'Amount', value: r => r.refundAmount, number: true },
            { title: 'State', value: r => r.refundStatus },
            { title: 'Asked', value: r => time(r.createTime) },
            { title: 'Refunded', value: r => time(r.refundTime) },
            { title: 'Failure', value: r => r.failureReason },
        ], refunds, { id: 'admin-refunds', rowId: r => r.refundId }) : el('p', { class: 'muted' }, 'No refunds.'));
}

/** Every service's outbox backlog and the messages it could not send or consume; a silent service is named. */
async function messagingSection() {
    const { services, unavailable } = await orderWeb('GET', '/api/admin/messaging');
    const problems = services.flatMap(report => [
        ...(report.parked ?? []).map(row => ({ service: report.service, what: `${row.tag} parked, not sent`,
            key: row.key, attempts: row.attempts, reason: row.lastError, time: row.createTime })),
        ...(report.failed ?? []).map(row => ({ service: report.service, what: `${row.tag} failing in ${row.group}`,
            key: row.key, attempts: row.times, reason: row.reason, time: row.time })),
        ...(report.deadLetters ?? []).map(letter => ({ service: report.service,
            what: `${letter.tags ?? ''} dead in ${letter.group}`, key: letter.keys, attempts: letter.deliveries,
            reason: letter.reason, time: letter.storedAt })),
    ]);
    return section('Messaging',
        table([
            { title: 'Service', value: r => r.service },
            { title: 'Outbox waiting', value: r => r.outboxPending, number: true },
            { title: 'Oldest waiting since', value: r => time(r.oldestPendingTime) },
            { title: 'Parked', value: r => r.outboxParked, number: true },
            { title: 'Consumptions failing', value: r => r.consumerFailed, number: true },
            { title: 'Dead letters', value: r => r.deadLettersSeen ?? 'not read', number: true },
        ], services, { id: 'admin-messaging', rowId: r => r.service }),
        unavailable?.length ? el('p', { class: 'failure' }, `No answer from: ${unavailable.join(', ')}`) : null,
        problems.length ? el('div', {}, el('h3', {}, 'Messages that need a look'), table([
            { title: 'Service', value: p => p.service },
            { title: 'Message', value: p => p.what },
            { title: 'Key', value: p => p.key },
            { title: 'Attempts', value: p => p.attempts, number: true },
            { title: 'Why', value: p => p.reason },
            { title: 'Since', value: p => time(p.time) },
        ], problems, { id: 'admin-message-problems' })) : el('p', { class: 'muted' }, 'No message parked or failing.'));
}

async function machinesSection(ui, simulatorUrl) {
    const [machines, simulated] = await Promise.all([
        orderWeb('GET', '/api/admin/machines'),
        simulatorUrl ? simulatorMachines(simulatorUrl) : null,
    ]);
    const columns = [
        { title: 'Machine', value: m => m.innerCode },
        { title: 'Address', value: m => m.address },
        { title: 'Status', value: m => m.status },
        { title: 'Leased to order', value: m => m.leaseOrderId ?? 'free' },
        { title: 'Channels (units / capacity at price)', value: m => el('ul', {}, m.channels.map(c =>
            el('li', {}, `${c.channelCode}: ${c.goodsName} ${c.units} / ${c.maxCapacity} at ${c.price}`))) },
    ];
    if (simulated instanceof Map) {
        columns.push({ title: 'Simulator', key: 'simulator', value: m => simulatorModes(ui, simulatorUrl, m.innerCode,
            simulated.get(m.innerCode)) });
    }
    return section('Vending machines', table(columns, machines, { id: 'admin-machines', rowId: m => m.innerCode }),
        simulated instanceof Map ? null : el('p', { class: 'muted' }, typeof simulated === 'string' ? simulated
            : 'No machine simulator here (it runs in development mode, with ./shop up).'));
}

/** The simulated machines by inner code, or why they cannot be read (the rest of the section stays useful). */
async function simulatorMachines(simulatorUrl) {
    try {
        const machines = await devTool('GET', `${simulatorUrl}/simulator/machines`);
        return new Map(machines.map(machine => [machine.innerCode, machine]));
    } catch (failure) {
        return `The machine simulator cannot be read: ${failure.message}`;
    }
}

/** A simulated machine's mode, and buttons that switch it: how it will answer the dispense commands it gets next. */
function simulatorModes(ui, simulatorUrl, innerCode, machine) {
    const modes = ['SUCCEED', 'FAIL', 'SILENT'];
    return el('div', { class: 'modes' },
        el('span', { class: 'status', 'data-mode': machine?.mode ?? 'OFF' },
            machine ? `${machine.mode}, ${machine.commandsReceived} commands` : 'not simulated'),
        modes.map(mode => el('button', {
            type: 'button', 'data-machine': innerCode, 'data-set-mode': mode, disabled: machine?.mode === mode,
            onclick: async () => {
                const path = `${simulatorUrl}/simulator/machines/${encodeURIComponent(innerCode)}/mode?mode=${mode}`;
                if (await ui.attempt(() => devTool('POST', path, 'The simulator refused'))) {
                    ui.inform(`Machine ${innerCode} now answers ${mode.toLowerCase()}.`);
                    ui.go(location.hash.slice(1), true);
                }
            },
        }, mode.toLowerCase())));
}

/** The devstack's invariant checker, which reads the five databases itself: what the web edges may not do. */
async function checkerSection(ui, checkerUrl) {
    if (!checkerUrl) {
        return section('Invariant checker', el('p', { class: 'muted' },
            'Not offered here: the checker reads the five service databases directly, which no web edge may do. '
            + 'Run ./shop check where they can be read.'));
    }
    const verdict = await devTool('GET', `${checkerUrl}/checker/verdict`, 'The invariant checker could not run');
    const broken = verdict.invariants.filter(invariant => !invariant.holds);
    return section('Invariant checker',
        el('p', { id: 'checker-verdict', class: broken.length ? 'status failure' : 'status', 'data-passed': String(verdict.passed) },
            broken.length ? `${broken.length} of ${verdict.invariants.length} invariants violated`
                : `All ${verdict.invariants.length} invariants hold`,
            el('span', { class: 'muted' }, ` (checked ${time(verdict.checkedAt)})`)),
        broken.length ? table([
            { title: 'Invariant', value: i => i.name },
            { title: 'Violations', value: i => i.violations, number: true },
            { title: 'Rows', value: i => i.rows?.length ? el('ul', {}, i.rows.map(row => el('li', {}, row))) : '' },
        ], broken, { id: 'checker-violations' }) : null,
        el('div', { class: 'actions' }, el('button', { type: 'button', id: 'check-again', onclick: () =>
            ui.go(location.hash.slice(1), true) }, 'Check again')));
}
