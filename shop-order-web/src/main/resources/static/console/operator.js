// The operator's view: recent orders of every user with their saga, shipping; machines and the suite's messages.
import { orderWeb } from './api.js';
import { el, section, table, time } from './dom.js';
import { ordersTable, stateOf } from './shopper.js';
import { timeline } from './timeline.js';

export async function operatorView(ui, orderId) {
    const page = await orderWeb('GET', '/api/admin/orders?size=30');
    const orders = Array.isArray(page) ? page : page.items;
    const parts = [section('Recent orders', ordersTable(orders, o => ui.go(`operator/${o.orderId}`), orderId,
        'admin-orders'))];
    if (orderId) {
        parts.push(await operatorOrder(ui, orders.find(o => o.orderId === orderId), orderId));
    }
    parts.push(section('Invariant checker', el('p', { class: 'muted' },
        'Not shown here: ./shop check reads the five service databases directly, which no web edge may do. '
        + 'Run it against the stack instead.')));
    ui.render(...parts);
}

async function operatorOrder(ui, order, orderId) {
    const steps = await orderWeb('GET', `/api/orders/${orderId}/timeline`);
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
        el('p', { class: 'status', id: 'admin-order-status' }, order ? stateOf(order) : ''),
        order ? el('p', {}, `user ${order.userId}, ${order.orderAmount} to ${order.consignee ?? ''}, ${order.address ?? ''}`) : null,
        el('div', { class: 'actions' }, ship),
        el('h3', {}, 'Saga timeline'),
        timeline(steps),
        el('p', { class: 'muted' }, `read ${time(new Date().toISOString())}`));
}
