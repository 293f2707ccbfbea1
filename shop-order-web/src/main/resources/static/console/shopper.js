// The shopper's views: goods, vending machines, orders with their payment and timeline, the account.
import { ApiError, consoleSettings, orderWeb, payInSandbox, payWeb, qrImage } from './api.js';
import { el, form, section, table, time } from './dom.js';
import { cents, orderFigures, yuan } from './money.js';
import { timeline } from './timeline.js';

const POLL_MILLIS = 1500;

export async function shopView(ui) {
    const goods = await orderWeb('GET', '/api/goods');
    const coupons = (await orderWeb('GET', '/api/coupons')).filter(coupon => !coupon.used);
    const orderForm = el('div', { id: 'order-form' }, el('p', { class: 'muted' }, 'Choose goods to order.'));
    ui.render(
        section('Goods', table([
            { title: 'Goods', value: g => g.goodsName },
            { title: 'Price', value: g => g.goodsPrice, number: true },
            { title: 'In stock', value: g => g.goodsNumber, number: true },
        ], goods, { id: 'goods', rowId: g => g.goodsId, onSelect: g => orderForm.replaceChildren(confirmForm(ui, g, coupons)) })),
        section('Confirm an order', orderForm));
}

function confirmForm(ui, goods, coupons) {
    const couponOptions = [{ value: '', label: 'no coupon' }].concat(coupons.map(coupon =>
        ({ value: coupon.couponId, label: `${coupon.couponPrice} (coupon ${coupon.couponId})` })));
    const figures = el('p', { id: 'order-figures', class: 'muted' });
    const built = form('confirm', [
        { name: 'goodsNumber', label: 'Quantity', type: 'number', min: 1, max: 999, value: 1, required: true },
        { name: 'couponId', label: 'Coupon', options: couponOptions },
        { name: 'moneyPaid', label: 'From the balance', type: 'number', min: 0, step: '0.01', value: '0.00' },
        { name: 'consignee', label: 'Consignee', required: true, maxlength: 64, value: ui.user().userName },
        { name: 'address', label: 'Address', required: true, maxlength: 255 },
    ], `Confirm the order of ${goods.goodsName}`, async fields => {
        const order = await ui.attempt(() => orderWeb('POST', '/api/orders', orderRequest(goods, coupons, fields)));
        if (order) {
            ui.go(`orders/${order.orderId}`);
        }
    });
    const refresh = () => {
        const fields = Object.fromEntries(new FormData(built));
        const f = figuresOf(goods, coupons, fields);
        figures.textContent = `goods ${yuan(f.goodsAmount)} + shipping ${yuan(f.shippingFee)} = ${yuan(f.orderAmount)}; `
            + `left to pay ${yuan(f.payAmount)}`;
    };
    built.addEventListener('input', refresh);
    refresh();
    return el('div', {}, el('h3', {}, `${goods.goodsName} at ${goods.goodsPrice}`), built, figures);
}

function figuresOf(goods, coupons, fields) {
    const coupon = coupons.find(c => String(c.couponId) === fields.couponId);
    return orderFigures(cents(goods.goodsPrice), Number(fields.goodsNumber) || 0,
        coupon ? cents(coupon.couponPrice) : 0, cents(fields.moneyPaid || '0'));
}

function orderRequest(goods, coupons, fields) {
    const f = figuresOf(goods, coupons, fields);
    return {
        goodsId: goods.goodsId,
        goodsNumber: Number(fields.goodsNumber),
        goodsPrice: goods.goodsPrice,
        shippingFee: yuan(f.shippingFee),
        orderAmount: yuan(f.orderAmount),
        // as the digits the API sent: a 64-bit id does not survive a JavaScript number
        couponId: fields.couponId || null,
        moneyPaid: yuan(cents(fields.moneyPaid || '0')),
        address: fields.address,
        consignee: fields.consignee,
    };
}

export async function machinesView(ui, innerCode) {
    const machines = await orderWeb('GET', '/api/vending/machines');
    const parts = [section('Vending machines', table([
        { title: 'Machine', value: m => m.innerCode },
        { title: 'Address', value: m => m.address },
        { title: 'Status', value: m => m.status },
    ], machines, { id: 'machines', rowId: m => m.innerCode, onSelect: m => ui.go(`machines/${m.innerCode}`) }))];
    if (innerCode) {
        parts.push(await machineGoods(ui, machines.find(m => m.innerCode === innerCode), innerCode));
    }
    ui.render(...parts);
}

async function machineGoods(ui, machine, innerCode) {
    const goods = await orderWeb('GET', `/api/vending/machines/${encodeURIComponent(innerCode)}/goods`);
    const detail = el('div', { id: 'machine-goods-detail' });
    return section(`Machine ${innerCode}${machine ? ` — ${machine.address}` : ''}`,
        table([
            { title: 'Goods', value: g => g.goodsName },
            { title: 'Units', value: g => g.capacity, number: true },
            { title: 'From', value: g => g.price, number: true },
        ], goods, { id: 'machine-goods', rowId: g => g.goodsId, onSelect: async g => detail.replaceChildren(
            await channels(ui, innerCode, g.goodsId)) }),
        detail);
}

async function channels(ui, innerCode, goodsId) {
    const detail = await orderWeb('GET', `/api/vending/machines/${encodeURIComponent(innerCode)}/goods/${goodsId}`);
    const buy = el('button', { type: 'button', class: 'primary', id: 'buy-one', onclick: async () => {
        const order = await ui.attempt(() => orderWeb('POST', '/api/vending/orders', { innerCode, goodsId }));
        if (order) {
            ui.go(`orders/${order.orderId}`);
        }
    } }, `Buy one ${detail.goodsName}`);
    return el('div', {},
        el('h3', {}, `${detail.goodsName} at ${detail.address} (catalogue price ${detail.price})`),
        table([
            { title: 'Channel', value: c => c.channelCode },
            { title: 'Price', value: c => c.price, number: true },
            { title: 'Units', value: c => c.units, number: true },
        ], detail.channels, { id: 'channels' }),
        el('div', { class: 'actions' }, buy));
}

export async function ordersView(ui, orderId) {
    const page = await orderWeb('GET', '/api/orders?size=20');
    const parts = [section('My orders', ordersTable(page.items, order => ui.go(`orders/${order.orderId}`), orderId))];
    if (orderId) {
        parts.push(el('div', { id: 'order-view' }));
    }
    ui.render(...parts);
    if (orderId) {
        await watchOrder(ui, orderId);
    }
}

export function ordersTable(orders, onSelect, selectedId, id = 'orders') {
    const built = table([
        { title: 'Order', value: o => o.orderId },
        { title: 'Added', value: o => time(o.addTime) },
        { title: 'Goods', value: o => `${o.goodsId} × ${o.goodsNumber}` },
        { title: 'Amount', value: o => o.orderAmount, number: true },
        { title: 'To pay', value: o => o.payAmount, number: true },
        { title: 'State', value: o => stateOf(o), key: 'state' },
    ], orders, { id, rowId: o => o.orderId, onSelect });
    built.querySelector(`tr[data-id="${CSS.escape(selectedId ?? '')}"]`)?.classList.add('selected');
    return built;
}

export function stateOf(order) {
    return `${order.orderStatus} · ${order.payStatus} · ${order.shippingStatus}`;
}

/** Shows the order and follows it while it is on screen: its state, what can be done, its timeline. */
async function watchOrder(ui, orderId) {
    const view = ui.currentView();
    const state = { payment: null, shown: '' };
    while (ui.currentView() === view) {
        try {
            const order = await orderWeb('GET', `/api/orders/${orderId}`);
            const steps = await orderTimeline(orderId);
            if (order.payStatus === 'PAID' || order.orderStatus !== 'CONFIRMED') {
                // nothing is left to pay: the code and the sandbox's button would only invite a second payment
                state.payment = null;
            }
            const shown = JSON.stringify([order, steps, state.payment?.payId]);
            if (shown !== state.shown && ui.currentView() === view) {
                state.shown = shown;
                document.getElementById('order-view')?.replaceChildren(orderSection(ui, order, steps, state));
                showStateInList(order);
            }
        } catch (failure) {
            ui.fail(failure);
        }
        await new Promise(resolve => setTimeout(resolve, POLL_MILLIS));
    }
}

/** The list above the order was read when the view opened: its row of the order follows what the poll sees. */
function showStateInList(order) {
    const cell = document.querySelector(`#orders tr[data-id="${CSS.escape(String(order.orderId))}"] td[data-column="state"]`);
    if (cell) {
        cell.textContent = stateOf(order);
    }
}

/** The order's timeline, or null where the server keeps none. */
export async function orderTimeline(orderId, path = `/api/orders/${orderId}/timeline`) {
    try {
        return await orderWeb('GET', path);
    } catch (failure) {
        if (failure instanceof ApiError && (failure.status === 404 || failure.status === 405)) {
            return null;
        }
        throw failure;
    }
}

function orderSection(ui, order, steps, state) {
    return section(`Order ${order.orderId}`,
        el('p', {
            id: 'order-status', class: 'status',
            'data-order-status': order.orderStatus, 'data-pay-status': order.payStatus,
            'data-shipping-status': order.shippingStatus,
        }, stateOf(order)),
        el('div', { class: 'columns' },
            el('div', {},
                facts(order),
                el('div', { class: 'actions' }, actions(ui, order, state)),
                el('div', { id: 'payment' }, state.payment ? paymentPanel(ui, state.payment) : null)),
            el('div', {}, el('h3', {}, 'Timeline'),
                steps ? timeline(steps) : el('p', { class: 'muted' }, 'This server keeps no timeline of orders.'))));
}

function facts(order) {
    const rows = [
        ['Goods', `${order.goodsId}${order.innerCode ? ` at machine ${order.innerCode}` : ''} × ${order.goodsNumber} at ${order.goodsPrice}`],
        ['Order amount', `${order.orderAmount} (shipping ${order.shippingFee})`],
        ['Coupon / balance', `${order.couponPaid ?? '0.00'} / ${order.moneyPaid ?? '0.00'}`],
        ['Left to pay', order.payAmount],
        ['Ship to', `${order.consignee ?? ''}, ${order.address ?? ''}`],
        ['Paid', order.payTime ? `${time(order.payTime)} via ${order.channel ?? ''}` : 'no'],
        ['Cancel reason', order.cancelReason],
    ];
    return el('table', {}, el('tbody', {}, rows.filter(([, value]) => value)
        .map(([name, value]) => el('tr', {}, el('th', {}, name), el('td', {}, value)))));
}

function actions(ui, order, state) {
    const buttons = [];
    const open = order.orderStatus === 'CONFIRMED';
    if (open && order.payStatus !== 'PAID' && cents(order.payAmount) > 0) {
        buttons.push(button('pay', 'Pay', async () => {
            state.payment = await ui.attempt(() => payWeb('POST', '/api/payments', { orderId: order.orderId }));
            state.shown = '';
        }));
    }
    if (open && order.shippingStatus === 'NOT_SHIPPED') {
        const label = order.payStatus === 'PAID' ? 'Cancel and refund' : 'Cancel';
        buttons.push(button('cancel', label, () => ui.attempt(() =>
            orderWeb('POST', `/api/orders/${order.orderId}/cancel`))));
    }
    if (open && order.shippingStatus === 'SHIPPED') {
        buttons.push(button('receive', 'Confirm receipt', () => ui.attempt(() =>
            orderWeb('POST', `/api/orders/${order.orderId}/receive`))));
    }
    return buttons;
}

function button(id, label, onclick) {
    return el('button', { type: 'button', id, onclick }, label);
}

function paymentPanel(ui, payment) {
    const image = el('img', { id: 'payment-qr', alt: `QR code of payment ${payment.payId}` });
    qrImage(payment.codeUrl).then(url => { image.src = url; }, failure => ui.fail(failure));
    const panel = el('div', {},
        el('h3', { id: 'payment-title', 'data-pay-id': payment.payId },
            `Payment ${payment.payId}: ${payment.payAmount} by ${payment.channel}`),
        el('div', { class: 'qr' }, image, el('code', { id: 'payment-code' }, payment.codeUrl)));
    consoleSettings().then(({ sandboxUrl }) => {
        if (sandboxUrl) {
            panel.append(el('div', { class: 'actions' }, button('pay-in-sandbox', 'Pay it in the sandbox', async () => {
                await ui.attempt(() => payInSandbox(payment.codeUrl));
                ui.inform('The sandbox paid the trade; the order follows when its notification is handled.');
            })));
        }
    });
    return panel;
}

export async function accountView(ui) {
    const [me, log, coupons] = await Promise.all([
        orderWeb('GET', '/api/users/me'),
        orderWeb('GET', '/api/users/me/money-log?limit=50'),
        orderWeb('GET', '/api/coupons'),
    ]);
    ui.render(
        section(`Account of ${me.userName}`, el('p', { id: 'account' },
            'Balance ', el('strong', { id: 'balance' }, me.balance), ', points ', el('strong', { id: 'points' }, me.points))),
        section('Money log', log.length ? table([
            { title: 'When', value: m => time(m.time) },
            { title: 'Order', value: m => m.orderId },
            { title: 'What', value: m => m.type === 'PAID' ? 'paid an order' : 'given back' },
            { title: 'Amount', value: m => m.amount, number: true },
        ], log, { id: 'money-log' }) : el('p', { class: 'muted', id: 'money-log' }, 'Nothing paid from the balance yet.')),
        section('Coupons', table([
            { title: 'Coupon', value: c => c.couponId },
            { title: 'Value', value: c => c.couponPrice, number: true },
            { title: 'Used', value: c => c.used ? `by order ${c.orderId}` : 'no' },
        ], coupons, { id: 'coupons' })));
}
