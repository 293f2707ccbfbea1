// The operator's view: every user's recent orders with their saga and shipping, payments and refunds, machines.
import { orderWeb, payWeb } from './api.js';
import { el, section, table, time } from './dom.js';
import { orderTimeline, ordersTable, stateOf } from './shopper.js';
import { timeline } from './timeline.js';

export async function operatorView(ui, orderId) {
    const parts = await Promise.all([
        shown('Recent orders', () => ordersSection(ui, orderId)),
        shown('Payments and refunds', paymentsSection),
        shown('Vending machines', machinesSection),
    ]);
    parts.push(section('Invariant checker', el('p', { class: 'muted' },
        'Not shown here: ./shop check reads the five service databases directly, which no web edge may do. '
        + 'Run it against the stack instead.')));
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

async function machinesSection() {
    const machines = await orderWeb('GET', '/api/admin/machines');
    return section('Vending machines', table([
        { title: 'Machine', value: m => m.innerCode },
        { title: 'Address', value: m => m.address },
        { title: 'Status', value: m => m.status },
        { title: 'Leased to order', value: m => m.leaseOrderId ?? 'free' },
        { title: 'Channels (units / capacity at price)', value: m => el('ul', {}, m.channels.map(c =>
            el('li', {}, `${c.channelCode}: ${c.goodsName} ${c.units} / ${c.maxCapacity} at ${c.price}`))) },
    ], machines, { id: 'admin-machines', rowId: m => m.innerCode }),
    el('p', { class: 'muted' }, 'The simulator\'s modes are at its own control API (./shop up: port 18091).'));
}
