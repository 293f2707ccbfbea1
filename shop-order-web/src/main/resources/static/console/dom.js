// Building the page from data without ever parsing data as HTML: every value becomes a text node or an attribute.

/** An element with attributes (on* names become listeners) and children (nodes, or text for anything else). */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'class') {
            element.className = value;
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child !== undefined && child !== null && child !== false) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
}

/** A table: columns are {title, value(row), number?, key?}; onSelect makes rows clickable; a key names a cell. */
export function table(columns, rows, { id, onSelect, rowId } = {}) {
    const head = el('tr', {}, columns.map(column => el('th', { class: column.number ? 'number' : null }, column.title)));
    const body = rows.map(row => el('tr', {
        class: onSelect ? 'selectable' : null,
        'data-id': rowId ? rowId(row) : null,
        onclick: onSelect ? () => onSelect(row) : null,
    }, columns.map(column => el('td', { class: column.number ? 'number' : null, 'data-column': column.key },
        column.value(row)))));
    return el('table', { id }, el('thead', {}, head), el('tbody', {}, body));
}

/** A form of labelled inputs; fields are {name, label, type?, value?, required?, ...attributes}. */
export function form(id, fields, submitLabel, onSubmit) {
    const inputs = fields.map(({ name, label, ...attributes }) => [
        el('label', { for: `${id}-${name}` }, label),
        attributes.options
            ? el('select', { id: `${id}-${name}`, name }, attributes.options.map(option =>
                el('option', { value: option.value, selected: option.selected }, option.label)))
            : el('input', { id: `${id}-${name}`, name, ...attributes }),
    ]);
    const submit = el('button', { type: 'submit', class: 'primary', id: `${id}-submit` }, submitLabel);
    const built = el('form', { id, class: 'grid' }, inputs, submit);
    built.addEventListener('submit', async event => {
        event.preventDefault();
        submit.disabled = true;
        try {
            await onSubmit(Object.fromEntries(new FormData(built)));
        } finally {
            submit.disabled = false;
        }
    });
    return built;
}

export function section(title, ...children) {
    return el('section', {}, el('h2', {}, title), ...children);
}

export function time(instant) {
    return instant ? new Date(instant).toLocaleString() : '';
}
