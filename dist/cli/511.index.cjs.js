"use strict";
exports.id = 511;
exports.ids = [511];
exports.modules = {

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);

/** Format characters in strings are written as `\u` escapes: the same JSON value, visible to a reader. */
function renderJson(record) {
    return `${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleJson */ .$m)(JSON.stringify(record, null, 2))}\n`;
}


/***/ })

};
;