export const id = 941;
export const ids = [941];
export const modules = {

/***/ 8941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HistoryError: () => (/* reexport safe */ _store_js__WEBPACK_IMPORTED_MODULE_0__.t),
/* harmony export */   HistoryTargetError: () => (/* reexport safe */ _target_js__WEBPACK_IMPORTED_MODULE_2__.qc),
/* harmony export */   beginHistory: () => (/* reexport safe */ _open_js__WEBPACK_IMPORTED_MODULE_1__.A)
/* harmony export */ });
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2998);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7616);
/** The history of runs: a sql.js store with migrations, retention and import/merge. */















/***/ })

};
