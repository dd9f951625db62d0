// A host page's own control, next to the widgets: it must keep working whatever they do.
const sibling = document.getElementById('sibling');
sibling?.addEventListener('click', () => {
  sibling.dataset.clicks = String(Number(sibling.dataset.clicks ?? 0) + 1);
});
