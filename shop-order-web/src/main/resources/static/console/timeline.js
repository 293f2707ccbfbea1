// An order's saga as a timeline: every step any service took for it, oldest first.
import { el, time } from './dom.js';

/** Entries carry time, service, kind, name, detail, amount and reason; the list comes bare or as {entries: [...]}. */
export function timeline(steps) {
    const entries = Array.isArray(steps) ? steps : steps?.entries ?? [];
    if (!entries.length) {
        return el('p', { class: 'muted', id: 'timeline' }, 'Nothing recorded yet.');
    }
    return el('ol', { class: 'timeline', id: 'timeline' }, entries.map(entry =>
        el('li', { 'data-name': entry.name, 'data-kind': entry.kind },
            el('span', { class: 'when' }, time(entry.time)),
            el('span', { class: 'service' }, entry.service),
            el('strong', {}, entry.name),
            entry.kind ? el('span', { class: 'muted' }, ` (${entry.kind})`) : null,
            entry.detail || entry.amount != null
                ? el('div', { class: 'muted' }, [entry.detail, entry.amount != null ? `amount ${entry.amount}` : null]
                    .filter(Boolean).join(', '))
                : null,
            entry.reason ? el('div', { class: 'failure' }, entry.reason) : null)));
}
