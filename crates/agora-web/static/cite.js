// "Cite this": a Copy button beside each citation (the citations are readable and selectable
// without it; the buttons stay hidden when scripts do not run). What it says comes from the
// page, in the page's language (data-done, data-failed).
"use strict";
for (const button of document.querySelectorAll("button.copy[data-copy]")) {
  const field = document.getElementById(button.dataset.copy);
  const status = button.closest("section")?.querySelector(".copied");
  if (!field || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = button.dataset.done;
    } catch {
      field.select();
      if (status) status.textContent = button.dataset.failed;
    }
  });
}
