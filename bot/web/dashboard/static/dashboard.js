// The only script of the dashboard: the country profile's print button. Everything else works without it.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
