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
function renderJson(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}


/***/ })

};
;