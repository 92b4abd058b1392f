// The console in the browser: CSRF on every htmx request, the one live feed, pickers that keep the order chosen,
// rows added and removed, placeholders inserted, keyboard shortcuts, and the form keeping its place.
(function () {
    'use strict';

    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // the query side's live feed: every action the read models hold refreshes the board, timeline and draft
    document.addEventListener('DOMContentLoaded', function () {
        var live = document.body.dataset.live;
        if (!live) {
            return;
        }
        var source = new EventSource(live);
        source.onopen = function () {
            if (document.body.dataset.connected === 'false') {
                htmx.trigger(document.body, 'meeting-changed');
            }
            document.body.dataset.connected = 'true';
        };
        source.onerror = function () { document.body.dataset.connected = 'false'; };
        source.addEventListener('action', function (event) {
            document.body.dataset.lastRecorded = event.lastEventId;
            htmx.trigger(document.body, 'meeting-changed');
        });
    });

    function optionFor(input) {
        var list = input.list;
        if (!list) {
            return null;
        }
        var wanted = input.value.trim().toLowerCase();
        for (var i = 0; i < list.options.length; i++) {
            var option = list.options[i];
            if (option.value.toLowerCase() === wanted || (option.dataset.value || '').toLowerCase() === wanted) {
                return option;
            }
        }
        // a single match of what was typed so far
        var matches = [];
        for (var j = 0; j < list.options.length && matches.length < 2; j++) {
            if (list.options[j].value.toLowerCase().indexOf(wanted) >= 0) {
                matches.push(list.options[j]);
            }
        }
        return wanted && matches.length === 1 ? matches[0] : null;
    }

    function choose(picker, value, label) {
        var name = picker.dataset.name;
        var existing = picker.querySelectorAll('.chosen input[type=hidden]');
        for (var i = 0; i < existing.length; i++) {
            if (existing[i].value === value) {
                return;
            }
        }
        var chip = document.createElement('li');
        chip.className = 'chip';
        var text = document.createElement('span');
        text.textContent = label;
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = name;
        hidden.value = value;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'unchoose';
        remove.setAttribute('aria-label', 'Remove ' + label);
        remove.textContent = '×';
        chip.append(text, hidden, remove);
        picker.querySelector('.chosen').appendChild(chip);
    }

    /** Adds what a picker's text box holds; false when it holds nothing it can add. */
    function pick(input) {
        var picker = input.closest('.picker');
        var typed = input.value.trim();
        if (!typed) {
            return false;
        }
        var option = optionFor(input);
        if (option) {
            choose(picker, option.dataset.value || option.value, option.value);
        } else if (picker.dataset.closed !== 'true') {
            choose(picker, typed, typed);
        } else {
            input.setCustomValidity('Not in the list: type part of a name and choose it.');
            input.reportValidity();
            return true;
        }
        input.setCustomValidity('');
        input.value = '';
        return true;
    }

    /** A person chosen by name fills in what the meeting already knows of them. */
    function fillPerson(input) {
        var option = optionFor(input);
        if (!option || !option.dataset.detail || option.dataset.detail.charAt(0) !== '{') {
            return;
        }
        var person = JSON.parse(option.dataset.detail);
        var prefix = input.name.replace(/name$/, '');
        Object.keys(person).forEach(function (key) {
            var field = input.form.querySelector('[name="' + prefix + key + '"]');
            if (field && key !== 'name' && !field.value && person[key] != null) {
                field.value = field.classList.contains('one') && key === 'state'
                    ? labelOfState(person[key]) : person[key];
            }
        });
    }

    function labelOfState(code) {
        var option = document.querySelector('#offers-states option[data-value="' + code + '"]');
        return option ? option.value : code;
    }

    function insertInto(into, text) {
        var start = into.dataset.caret != null ? parseInt(into.dataset.caret, 10)
            : into.selectionStart != null ? into.selectionStart : into.value.length;
        var end = into.dataset.caret != null ? start : into.selectionEnd || start;
        delete into.dataset.caret;
        into.value = into.value.slice(0, start) + text + into.value.slice(end);
        into.focus();
        into.selectionStart = into.selectionEnd = start + text.length;
    }

    /** A mark naming one State ({state:DEU}): the State is picked by name, the mark holds its code. */
    function askForState(insert) {
        var into = document.getElementById(insert.dataset.into);
        into.dataset.caret = String(into.selectionStart != null ? into.selectionStart : into.value.length);
        var ask = insert.parentElement.querySelector('input.ask-state');
        if (!ask) {
            ask = document.createElement('input');
            ask.type = 'text';
            ask.className = 'ask-state';
            ask.setAttribute('list', 'offers-states');
            ask.setAttribute('autocomplete', 'off');
            insert.parentElement.appendChild(ask);
        }
        ask.dataset.mark = insert.dataset.insert;
        ask.dataset.into = insert.dataset.into;
        ask.placeholder = 'which State? type its name, then Enter';
        ask.setAttribute('aria-label', 'The State ' + insert.textContent.replace(/…$/, '') + ' names');
        ask.focus();
    }

    function answerState(ask) {
        var option = optionFor(ask);
        if (!option) {
            ask.setCustomValidity('Not in the list: type part of a name and choose it.');
            ask.reportValidity();
            return;
        }
        ask.setCustomValidity('');
        insertInto(document.getElementById(ask.dataset.into), ask.dataset.mark.replace('?', option.dataset.value));
        ask.remove();
    }

    function addRow(list) {
        var template = list.querySelector(':scope > template');
        var index = parseInt(list.dataset.next || '0', 10);
        list.dataset.next = String(index + 1);
        var html = template.innerHTML.split(list.dataset.token).join(String(index));
        var holder = document.createElement('ol');
        holder.innerHTML = html;
        var row = holder.firstElementChild;
        list.querySelector(':scope > .rows').appendChild(row);
        var first = row.querySelector('input:not([type=hidden]), select, textarea');
        if (first) {
            first.focus();
        }
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (target.closest('.add-row')) {
            addRow(target.closest('fieldset.list'));
        } else if (target.closest('.remove-row')) {
            target.closest('.row').remove();
        } else if (target.closest('.unchoose')) {
            target.closest('.chip').remove();
        } else if (target.closest('.choose')) {
            var button = target.closest('.choose');
            choose(button.closest('.picker'), button.dataset.value, button.textContent.replace(/^\+ /, ''));
        } else if (target.closest('.insert')) {
            var insert = target.closest('.insert');
            if (insert.dataset.insert.indexOf(':?}') > 0) {
                askForState(insert);
            } else {
                insertInto(document.getElementById(insert.dataset.into), insert.dataset.insert);
            }
        } else if (target.closest('.cancel')) {
            target.closest('.action-form').remove();
            htmx.trigger(document.body, 'meeting-changed');
        } else if (target.closest('.close-sources')) {
            target.closest('.sources').remove();
        } else if (target.closest('.pager .page')) {
            document.getElementById('timeline-page-number').value = target.closest('.page').dataset.page;
            htmx.trigger(document.getElementById('timeline-filter'), 'submit');
        } else if (target.closest('.step')) {
            var slider = document.getElementById('at');
            slider.value = target.closest('.step').dataset.at;
            document.getElementById('at-value').textContent = slider.value;
            slider.dispatchEvent(new Event('change', {bubbles: true}));
        } else if (target.closest('[role=tab]')) {
            var tab = target.closest('[role=tab]');
            tab.parentElement.querySelectorAll('[role=tab]').forEach(function (other) {
                other.setAttribute('aria-selected', String(other === tab));
                document.getElementById(other.getAttribute('aria-controls')).hidden = other !== tab;
            });
        }
    });

    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target.classList.contains('pick')) {
            if (optionFor(target) && target.value.trim().toLowerCase() === optionFor(target).value.toLowerCase()) {
                pick(target);
            }
        } else if (target.classList.contains('one') && /name$/.test(target.name)) {
            fillPerson(target);
        } else if (target.id === 'timeline-q' || target.closest('#timeline-filter')) {
            if (target.id !== 'timeline-page-number') {
                document.getElementById('timeline-page-number').value = '1';
            }
        }
    });

    document.addEventListener('input', function (event) {
        if (event.target.id === 'at') {
            document.getElementById('at-value').textContent = event.target.value;
        }
    });

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.key === 'Enter' && target.classList && target.classList.contains('ask-state')) {
            event.preventDefault();
            answerState(target);
            return;
        }
        if (event.key === 'Escape' && target.classList && target.classList.contains('ask-state')) {
            document.getElementById(target.dataset.into).focus();
            target.remove();
            return;
        }
        if (event.key === 'Enter' && target.classList && target.classList.contains('pick') && !event.ctrlKey) {
            if (pick(target)) {
                event.preventDefault();
            }
            return;
        }
        if (event.key === 'Enter' && !event.ctrlKey && target.tagName === 'SELECT' && target.form
            && target.closest('.action-form')) {
            // Enter records from a choice too (arrow keys and typing choose, without opening the list)
            event.preventDefault();
            target.form.requestSubmit();
            return;
        }
        if (event.key === 'Enter' && event.ctrlKey && target.form) {
            event.preventDefault();
            target.form.requestSubmit();
            return;
        }
        if (event.altKey && !event.ctrlKey && event.key.length === 1) {
            var key = event.key.toLowerCase();
            var kinds = document.getElementById('kind');
            if (key === 'k' && kinds) {
                event.preventDefault();
                kinds.focus();
                return;
            }
            if (key === 'f' && document.getElementById('timeline-q')) {
                event.preventDefault();
                document.getElementById('timeline-q').focus();
                return;
            }
            var option = kinds && kinds.querySelector('option[data-shortcut="' + key + '"]');
            if (option) {
                event.preventDefault();
                kinds.value = option.value;
                kinds.dispatchEvent(new Event('change', {bubbles: true}));
            }
        }
    });

    // a correction or withdrawal done beside its entry: the timeline, paused while the form was open, catches up
    document.addEventListener('htmx:afterSettle', function () {
        var done = document.querySelector('[data-changed]');
        if (done) {
            done.removeAttribute('data-changed');
            htmx.trigger(document.body, 'meeting-changed');
        }
    });

    // after the recording form is swapped in: its first field, or its first problem, has the focus
    document.addEventListener('htmx:afterSwap', function (event) {
        var swapped = event.detail.elt;
        var form = swapped && swapped.classList && swapped.classList.contains('action-form') ? swapped
            : swapped && swapped.querySelector ? swapped.querySelector('.action-form') : null;
        if (!form) {
            return;
        }
        var focus = form.querySelector('.invalid input:not([type=hidden]), .invalid select, .invalid textarea')
            || form.querySelector('.fields input:not([type=hidden]):not([type=checkbox]), .fields select, .fields textarea');
        if (focus) {
            focus.focus({preventScroll: !form.classList.contains('inline')});
        }
        if (form.classList.contains('inline')) {
            form.scrollIntoView({block: 'nearest'});
        }
    });
})();
