// Money as whole cents, so that 0.1 + 0.2 is 0.30 here as it is on the server.

export function cents(amount) {
    const [whole, fraction = ''] = String(amount ?? '0').split('.');
    const sign = whole.startsWith('-') ? -1 : 1;
    return sign * (Math.abs(Number(whole)) * 100 + Number((fraction + '00').slice(0, 2)));
}

export function yuan(cents) {
    const sign = cents < 0 ? '-' : '';
    const absolute = Math.abs(cents);
    return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** The figures of an order as the order service computes them (README, "Confirming an order"). */
export function orderFigures(priceCents, quantity, couponCents, moneyCents) {
    const goodsAmount = priceCents * quantity;
    const shippingFee = goodsAmount > 10000 ? 0 : 1000;
    const orderAmount = goodsAmount + shippingFee;
    return { goodsAmount, shippingFee, orderAmount, payAmount: orderAmount - couponCents - moneyCents };
}
