// Starts Swagger UI on the API reference page (kept out of the HTML: the CSP forbids inline script).
window.addEventListener("DOMContentLoaded", function () {
  if (typeof SwaggerUIBundle !== "function") return;
  SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: false });
});
