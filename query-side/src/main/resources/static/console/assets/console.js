// Every htmx request carries the CSRF token; open meeting pages refresh when the meeting changes (SSE).
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

document.addEventListener('DOMContentLoaded', function () {
    var live = document.body.dataset.live;
    if (!live) {
        return;
    }
    var source = new EventSource(live);
    source.onopen = function () {
        // after a lost connection, catch up on whatever was recorded meanwhile
        if (document.body.dataset.connected === 'false') {
            htmx.trigger(document.body, 'meeting-changed');
        }
        document.body.dataset.connected = 'true';
    };
    source.onerror = function () { document.body.dataset.connected = 'false'; };
    source.addEventListener('recorded', function (event) {
        document.body.dataset.lastRecorded = event.lastEventId;
        htmx.trigger(document.body, 'meeting-changed');
    });
});
