// The menu button shows and hides the navigation on narrow screens; wide screens always show it.
document.querySelectorAll('.menu-button').forEach(button => {
  const menu = document.getElementById(button.getAttribute('aria-controls'));
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  });
});
