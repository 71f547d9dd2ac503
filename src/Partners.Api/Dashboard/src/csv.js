// A table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the accents), downloaded locally.
const cell = (value) => {
  const text = String(value ?? '');
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(table) {
  return [...table.rows].map((row) => [...row.cells].map((c) => cell(c.dataset.value ?? c.textContent.trim())).join(',')).join('\r\n');
}

export function download(table, fileName) {
  const blob = new Blob(['\ufeff', toCsv(table), '\r\n'], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
