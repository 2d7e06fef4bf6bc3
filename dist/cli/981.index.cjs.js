"use strict";
exports.id = 981;
exports.ids = [981];
exports.modules = {

/***/ 981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DELIVERY_HEADER: () => (/* binding */ DELIVERY_HEADER),
/* harmony export */   EVENT_HEADER: () => (/* binding */ EVENT_HEADER),
/* harmony export */   SIGNATURE_HEADER: () => (/* binding */ SIGNATURE_HEADER),
/* harmony export */   sendWebhook: () => (/* binding */ sendWebhook),
/* harmony export */   signBody: () => (/* binding */ signBody),
/* harmony export */   webhookBody: () => (/* binding */ webhookBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3066);
/**
 * Generic webhooks: a JSON body with every fact of the alert, signed like GitHub signs its own deliveries —
 * `X-Pyrun-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the exact body bytes under the shared secret.
 * `X-Pyrun-Delivery` is one id per delivery, the same on every retry, so a receiver can drop duplicates.
 */


const SIGNATURE_HEADER = 'X-Pyrun-Signature-256';
const DELIVERY_HEADER = 'X-Pyrun-Delivery';
const EVENT_HEADER = 'X-Pyrun-Event';
function webhookBody(alert, ctx, sent_at) {
    const body = {
        rule: alert.rule,
        value: alert.value !== null && Number.isFinite(alert.value) ? alert.value : null,
        at_s: alert.at_s,
        kind: alert.kind,
        series: ctx.series,
        script: ctx.script,
        run_id: ctx.run_id,
        host: ctx.host,
        run_url: ctx.run_url,
        sent_at: sent_at.toISOString(),
    };
    return JSON.stringify(body);
}
/** `sha256=<hex>` of the body's UTF-8 bytes. */
function signBody(body, secret) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
function sendWebhook(url, secret, alert, ctx, options) {
    const body = webhookBody(alert, ctx, options.now());
    const headers = { [EVENT_HEADER]: 'alert', [DELIVERY_HEADER]: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)() };
    if (secret)
        headers[SIGNATURE_HEADER] = signBody(body, secret);
    return (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .postJson */ .B2)(url, body, headers, options);
}


/***/ })

};
;