/**
 * The dashboard's only script, inline: sort a table by a click (or Enter) on its heading, by
 * each cell's raw value (`data-v`: a number, an ISO date, or text compared the Vietnamese way);
 * filter every table by unit, area and status; a table without such a column ignores that
 * filter. A filtered table hides its total row, which would no longer add up.
 */
export const script = `
(function () {
  var collator = new Intl.Collator(document.documentElement.lang || 'vi', { numeric: true, sensitivity: 'base' });
  function value(cell) { return cell ? cell.getAttribute('data-v') || '' : ''; }
  function sort(th) {
    var table = th.closest('table'), body = table.tBodies[0], i = th.cellIndex;
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    var numeric = th.getAttribute('data-kind') === 'n';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a.cells[i]), y = value(b.cells[i]);
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
      return dir * (numeric ? Number(x) - Number(y) : collator.compare(x, y));
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll('table.data th').forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener('click', function () { sort(th); });
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(th); } });
  });
  var selects = document.querySelectorAll('select[data-filter]');
  function apply() {
    var chosen = {};
    selects.forEach(function (s) { if (s.value) chosen[s.getAttribute('data-filter')] = s.value; });
    document.querySelectorAll('table.data').forEach(function (table) {
      var shown = 0, all = table.tBodies[0].rows.length, active = false;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var ok = true;
        for (var key in chosen) {
          var v = row.getAttribute('data-' + key);
          if (v !== null) { active = true; if (v !== chosen[key]) ok = false; }
        }
        row.hidden = !ok;
        if (ok) shown++;
      });
      if (table.tFoot) table.tFoot.hidden = active;
      var count = table.parentNode.parentNode.querySelector('.count');
      if (count) count.textContent = count.getAttribute('data-template').replace('{n}', shown).replace('{total}', all);
    });
  }
  selects.forEach(function (s) { s.addEventListener('change', apply); });
})();
`;
