// Live counters for the compose form: the server counts each text as every chosen account's platform will.
(function () {
  const form = document.getElementById("compose");
  if (!form) return;
  const timers = new Map();
  const latest = new Map();

  function chosenAccounts() {
    return Array.from(form.querySelectorAll("input[data-account]:checked")).map(i => i.value);
  }

  function render(list, counts) {
    list.replaceChildren(...counts.map(c => {
      const li = document.createElement("li");
      li.className = c.fits ? "fits" : "over";
      const measures = c.measures.length === 0 ? "no limit"
        : c.measures.map(m => `${m.used}/${m.limit} ${m.unit}`).join(", ");
      li.textContent = `${c.account} (${c.platform}): ${measures}`;
      return li;
    }));
  }

  async function measure(area) {
    const locale = area.closest("[data-locale-text]").dataset.localeText;
    const list = form.querySelector(`[data-counters-for="${locale}"]`);
    const query = new URLSearchParams({ text: area.value });
    chosenAccounts().forEach(a => query.append("accounts", a));
    // Answers can overtake each other: only the one for the latest request of this box is shown.
    const request = (latest.get(area) || 0) + 1;
    latest.set(area, request);
    const response = await fetch(`/api/text/measure?${query}`, { credentials: "same-origin" });
    const counts = response.ok ? await response.json() : null;
    if (counts && latest.get(area) === request) render(list, counts);
  }

  function later(area) {
    clearTimeout(timers.get(area));
    timers.set(area, setTimeout(() => measure(area), 200));
  }

  function showChosenLocales() {
    form.querySelectorAll("input[data-locale]").forEach(box => {
      form.querySelector(`[data-locale-text="${box.value}"]`).hidden = !box.checked;
    });
  }

  // The alt-text fields belong to the card: shown with one, and hinting the text it would get by default.
  const generated = JSON.parse(document.getElementById("generated-alt")?.textContent || "{}");
  const cardChoice = form.querySelector("select[name='Form.Card']");
  function showAltFields() {
    const card = cardChoice ? cardChoice.value : "";
    form.querySelectorAll("[data-alt-for]").forEach(box => {
      box.hidden = card === "";
      box.querySelector("textarea[data-alt]").placeholder = (generated[card] || {})[box.dataset.altFor] || "";
    });
  }
  if (cardChoice) cardChoice.addEventListener("change", showAltFields);
  showAltFields();

  form.querySelectorAll("textarea[data-measure]").forEach(area => area.addEventListener("input", () => later(area)));
  form.querySelectorAll("input[data-account]").forEach(box => box.addEventListener("change",
    () => form.querySelectorAll("textarea[data-measure]").forEach(later)));
  form.querySelectorAll("input[data-locale]").forEach(box => box.addEventListener("change", showChosenLocales));
  showChosenLocales();
  form.querySelectorAll("textarea[data-measure]").forEach(later);
})();
