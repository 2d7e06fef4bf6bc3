export const id = 820;
export const ids = [820];
export const modules = {

/***/ 1820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HistoryError: () => (/* reexport safe */ _store_js__WEBPACK_IMPORTED_MODULE_0__.t),
/* harmony export */   HistoryTargetError: () => (/* reexport safe */ _target_js__WEBPACK_IMPORTED_MODULE_2__.qc),
/* harmony export */   openHistory: () => (/* reexport safe */ _open_js__WEBPACK_IMPORTED_MODULE_1__.j)
/* harmony export */ });
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5253);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5454);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8251);
/** The history of runs: a sql.js store with migrations, retention and import/merge. */














/***/ })

};
