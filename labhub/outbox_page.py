"""``GET /outbox``: the page a partner admin away from the lab (at an internet café, say) sends
the workstations' outbox files from, with a browser and no credential (docs/offline-links.md).

Each file is sent by itself to ``POST /v1/outbox-files/{name}``, which checks it against its
workstation's signature and applies it as ``labhub import-outbox`` does; the answer is the
receipt file, which the page offers to save. The page is self-contained (no script or style from
elsewhere: the café's line may be slow) and in English, as the hub's other words are.
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LabHub: send outbox files</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
  li { margin: .4rem 0; }
  .refused { color: #a00; }
  .taken { color: #060; }
</style>
</head>
<body>
<h1>Send outbox files to the hub</h1>
<p>For a partner admin away from the lab, at an internet café for example: choose the outbox files
(<code>labclient-outbox-….lco</code>) from the USB stick. Each is checked against its workstation's
signature and applied once; sending one twice changes nothing. Save each receipt
(<code>labhub-receipt-….lcr</code>) on the stick, and read it on its workstation (admin screen,
"Read the hub's receipt…"), or give the stick to the lab relay.</p>
<p><label for="files">Outbox files:</label>
<input id="files" name="files" type="file" accept=".lco" multiple>
<button id="send" type="button">Send</button></p>
<ul id="done" aria-live="polite"></ul>
<script>
"use strict";
const list = document.getElementById("done");
function say(text, kind, link) {
  const item = document.createElement("li");
  item.className = kind;
  item.textContent = text;
  if (link) { item.append(" ", link); }
  list.append(item);
}
document.getElementById("send").addEventListener("click", async () => {
  for (const file of document.getElementById("files").files) {
    let answer;
    try {
      answer = await fetch("/v1/outbox-files/" + encodeURIComponent(file.name), {method: "POST", body: file});
    } catch (err) {
      say(file.name + ": the hub could not be reached. Try again; nothing was lost.", "refused");
      continue;
    }
    if (!answer.ok) {
      let message = "HTTP " + answer.status;
      try { message = (await answer.json()).message || message; } catch (err) { /* not JSON */ }
      say(file.name + ": " + message, "refused");
      continue;
    }
    const name = answer.headers.get("X-Receipt-Name") || "labhub-receipt.lcr";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await answer.blob());
    link.download = name;
    link.textContent = "Save the receipt " + name;
    say(file.name + ": " + (answer.headers.get("X-Receipt-Counts") || "taken") + ".", "taken", link);
  }
});
</script>
</body>
</html>
"""
