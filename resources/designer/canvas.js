// The designer canvas script (Tayori's own, loaded from Qt resources): hover and selection of blocks by their
// data-block-id, inline editing of headings, texts and button labels with a small formatting toolbar, drag handles
// to reorder, drops from the block palette. It only reports to C++ over QWebChannel ("tayori"); the document is
// changed by C++ (with undo) and the canvas is rendered again from it.
(function () {
    'use strict';
    var state = window.tayoriCanvasState || {};
    var bridge = null;
    var selected = null;   // the selected block element
    var editing = null;    // the element being edited (contenteditable)
    var editKey = '';      // the property it edits: "text", "html" or "label"
    var editStart = '';    // its value when editing started (nothing to commit when unchanged)
    var session = state.session || 1; // typing session: C++ merges commits of one session into one undo step
    var dragId = '';

    function blockOf(node) {
        while (node && node.nodeType !== 1) { node = node.parentNode; }
        return node && node.closest ? node.closest('[data-block-id]') : null;
    }
    function byId(id) {
        return id ? document.querySelector('[data-block-id="' + CSS.escape(id) + '"]') : null;
    }
    // C++ passes the block types (state.types), so the script does not depend on the renderer's markup.
    function typeOf(block) {
        if (!block) { return ''; }
        var types = state.types || {};
        return types[block.getAttribute('data-block-id')] || block.getAttribute('data-block-type') || '';
    }

    // The element holding a block's editable text. The renderer may mark it with data-edit="KEY"; otherwise the
    // wrappers (tables, cells, divs) are walked down to the text itself.
    function editableOf(block) {
        var marked = block.querySelector('[data-edit]');
        if (marked && blockOf(marked) === block) { return { element: marked, key: marked.getAttribute('data-edit') }; }
        var type = typeOf(block);
        if (type === 'heading' || (!type && block.querySelector('h1,h2,h3'))) {
            var h = block.matches('h1,h2,h3') ? block : block.querySelector('h1,h2,h3');
            if (h) { return { element: h, key: 'text' }; }
        }
        if (type === 'button') {
            var a = block.matches('a') ? block : block.querySelector('a');
            if (a) { return { element: a, key: 'label' }; }
        }
        if (type === 'text') {
            var node = block;
            var wrappers = /^(TABLE|TBODY|THEAD|TR|TD|TH|DIV|CENTER)$/;
            for (;;) {
                var children = node.children;
                var hasText = false;
                for (var i = 0; i < node.childNodes.length; ++i) {
                    var c = node.childNodes[i];
                    if (c.nodeType === 3 && c.textContent.trim() !== '') { hasText = true; }
                }
                if (hasText || children.length !== 1 || !wrappers.test(children[0].tagName)) { break; }
                node = children[0];
            }
            return { element: node, key: 'html' };
        }
        return null;
    }

    function valueOf(element, key) {
        return key === 'html' ? element.innerHTML : element.innerText.replace(/\n+$/, '');
    }

    // Sends what was typed to C++ (which sanitises text-block HTML and records an undo step). `final`: editing
    // ends here, so C++ may render the canvas again; otherwise the caret must stay where it is.
    function commit(final) {
        if (!editing || !bridge) { return; }
        var block = blockOf(editing);
        var value = valueOf(editing, editKey);
        if (!block || value === editStart) { return; }
        editStart = value;
        bridge.commitText(block.getAttribute('data-block-id'), editKey, value, session, !!final);
    }

    function stopEditing() {
        if (!editing) { return; }
        commit(true);
        editing.removeAttribute('contenteditable');
        editing = null;
        hideToolbar();
        session += 1;
    }

    function startEditing(block) {
        var target = editableOf(block);
        if (!target) { return; }
        editing = target.element;
        editKey = target.key;
        editStart = valueOf(editing, editKey);
        editing.setAttribute('contenteditable', 'true');
        if (editKey === 'html') { showToolbar(); }
    }

    function select(block, tell) {
        if (selected === block) { return; }
        stopEditing();
        if (selected) { selected.classList.remove('tayori-selected'); }
        selected = block;
        if (selected) {
            selected.classList.add('tayori-selected');
            startEditing(selected);
        }
        if (tell && bridge) { bridge.select(selected ? selected.getAttribute('data-block-id') : ''); }
    }

    // --- formatting toolbar (text blocks) ---
    var toolbar = document.createElement('div');
    toolbar.id = 'tayori-toolbar';
    var labels = state.labels || {};
    function addButton(label, title, action) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.title = title || '';
        b.addEventListener('mousedown', function (e) { e.preventDefault(); });
        b.addEventListener('click', function (e) { e.preventDefault(); action(); afterFormat(); });
        toolbar.appendChild(b);
        return b;
    }
    function afterFormat() { if (editing) { commit(false); } }
    addButton('B', labels.bold, function () { document.execCommand('bold'); });
    addButton('I', labels.italic, function () { document.execCommand('italic'); });
    addButton('🔗', labels.link, function () {
        var url = window.prompt(labels.linkPrompt || 'URL', 'https://');
        if (url) { document.execCommand('createLink', false, url); }
    });
    var colourLabel = document.createElement('label');
    colourLabel.textContent = 'A';
    colourLabel.title = labels.colour || '';
    var colour = document.createElement('input');
    colour.type = 'color';
    var savedRange = null;
    colourLabel.addEventListener('mousedown', function () {
        var s = window.getSelection();
        savedRange = s.rangeCount ? s.getRangeAt(0).cloneRange() : null;
    });
    colour.addEventListener('change', function () {
        if (savedRange) {
            var s = window.getSelection();
            s.removeAllRanges();
            s.addRange(savedRange);
        }
        // <span style="color: …"> (what the sanitiser keeps) instead of <font color>.
        document.execCommand('styleWithCSS', false, true);
        document.execCommand('foreColor', false, colour.value);
        document.execCommand('styleWithCSS', false, false);
        afterFormat();
    });
    colourLabel.appendChild(colour);
    toolbar.appendChild(colourLabel);
    addButton('•', labels.bullets, function () { document.execCommand('insertUnorderedList'); });
    addButton('1.', labels.numbers, function () { document.execCommand('insertOrderedList'); });

    function showToolbar() {
        if (!editing) { return; }
        var r = editing.getBoundingClientRect();
        toolbar.style.left = (window.scrollX + r.left) + 'px';
        toolbar.style.top = Math.max(0, window.scrollY + r.top - 32) + 'px';
        toolbar.style.display = 'block';
    }
    function hideToolbar() { toolbar.style.display = 'none'; }

    // --- drag handle and drop marker ---
    var handle = document.createElement('div');
    handle.id = 'tayori-handle';
    handle.textContent = '⠿';
    handle.title = labels.drag || '';
    handle.draggable = true;
    var handleBlock = null;
    var marker = document.createElement('div');
    marker.id = 'tayori-drop-marker';

    function showHandle(block) {
        handleBlock = block;
        if (!block) { handle.style.display = 'none'; return; }
        var r = block.getBoundingClientRect();
        handle.style.left = (window.scrollX + Math.max(0, r.left - 20)) + 'px';
        handle.style.top = (window.scrollY + r.top) + 'px';
        handle.style.display = 'block';
    }

    function dropTarget(e) {
        var block = blockOf(document.elementFromPoint(e.clientX, e.clientY));
        if (!block || block === handle) { return null; }
        var r = block.getBoundingClientRect();
        return { block: block, after: e.clientY > r.top + r.height / 2, rect: r };
    }

    handle.addEventListener('dragstart', function (e) {
        if (!handleBlock) { e.preventDefault(); return; }
        stopEditing();
        dragId = handleBlock.getAttribute('data-block-id');
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', 'tayori-move:' + dragId);
    });
    handle.addEventListener('dragend', function () { dragId = ''; marker.style.display = 'none'; });

    document.addEventListener('dragover', function (e) {
        var t = dropTarget(e);
        if (!t) { marker.style.display = 'none'; return; }
        e.preventDefault();
        marker.style.left = (window.scrollX + t.rect.left) + 'px';
        marker.style.width = t.rect.width + 'px';
        marker.style.top = (window.scrollY + (t.after ? t.rect.bottom : t.rect.top) - 1) + 'px';
        marker.style.display = 'block';
    });
    document.addEventListener('dragleave', function (e) {
        if (!e.relatedTarget) { marker.style.display = 'none'; }
    });
    document.addEventListener('drop', function (e) {
        marker.style.display = 'none';
        var text = e.dataTransfer.getData('text/plain') || '';
        var t = dropTarget(e);
        var targetId = t ? t.block.getAttribute('data-block-id') : '';
        var after = t ? t.after : true;
        if (text.indexOf('tayori-move:') === 0) {
            e.preventDefault();
            if (bridge && targetId) { bridge.requestMove(text.substring(12), targetId, after); }
        } else if (text.indexOf('tayori-block:') === 0) {
            e.preventDefault();
            if (bridge) { bridge.dropBlock(text.substring(13), targetId, after); }
        } else {
            e.preventDefault(); // files and foreign text never navigate the canvas away
        }
        dragId = '';
    });

    // --- hover, click, keys ---
    var hovered = null;
    document.addEventListener('mouseover', function (e) {
        if (e.target === handle || handle.contains(e.target) || toolbar.contains(e.target)) { return; }
        var block = blockOf(e.target);
        if (hovered === block) { return; }
        if (hovered) { hovered.classList.remove('tayori-hover'); }
        hovered = block;
        if (hovered) { hovered.classList.add('tayori-hover'); }
        showHandle(block);
    });
    document.addEventListener('click', function (e) {
        if (toolbar.contains(e.target) || e.target === handle) { return; }
        var link = e.target.closest ? e.target.closest('a') : null;
        if (link) { e.preventDefault(); } // links are edited, not followed
        select(blockOf(e.target), true);
    }, true);
    document.addEventListener('keydown', function (e) {
        if (!editing) { return; }
        // Headings and button labels are one line: Enter commits. Text blocks take Enter as a new paragraph.
        if (e.key === 'Enter' && editKey !== 'html') {
            e.preventDefault();
            commit(true);
        } else if (e.key === 'Escape') {
            select(null, true);
        }
    });
    document.addEventListener('focusout', function (e) {
        if (editing && e.target === editing) { commit(false); }
    });
    // Typing is sent after a short pause too, so a crash loses at most the last second.
    var typingTimer = 0;
    document.addEventListener('input', function (e) {
        if (!editing || !editing.contains(e.target)) { return; }
        window.clearTimeout(typingTimer);
        typingTimer = window.setTimeout(function () { commit(false); }, 700);
    });
    document.addEventListener('submit', function (e) { e.preventDefault(); }, true);

    function attach() {
        document.body.appendChild(toolbar);
        document.body.appendChild(handle);
        document.body.appendChild(marker);
        if (state.scrollY) { window.scrollTo(state.scrollX || 0, state.scrollY); }
        if (state.selected) { select(byId(state.selected), false); }
    }

    // A new render from C++: the body and the mail's own styles are swapped in place, the canvas's furniture and
    // the scroll position stay. Returns true (C++ loads the page afresh when it gets anything else).
    function update(html, newState) {
        if (editing) { commit(false); editing.removeAttribute('contenteditable'); editing = null; }
        hideToolbar();
        state = newState || {};
        session = state.session || session + 1000;
        var fresh = new DOMParser().parseFromString(html[0], 'text/html');
        Array.from(document.head.querySelectorAll('style:not(#tayori-canvas-css)')).forEach(function (e) { e.remove(); });
        Array.from(fresh.head.querySelectorAll('style')).forEach(function (e) {
            document.head.appendChild(document.importNode(e, true));
        });
        Array.from(document.body.attributes).forEach(function (a) { document.body.removeAttribute(a.name); });
        Array.from(fresh.body.attributes).forEach(function (a) { document.body.setAttribute(a.name, a.value); });
        var keep = [toolbar, handle, marker];
        Array.from(document.body.childNodes).forEach(function (n) { if (keep.indexOf(n) < 0) { n.remove(); } });
        var first = document.body.firstChild;
        Array.from(fresh.body.childNodes).forEach(function (n) {
            document.body.insertBefore(document.importNode(n, true), first);
        });
        selected = null;
        hovered = null;
        showHandle(null);
        if (state.selected) { select(byId(state.selected), false); }
        return true;
    }

    // For C++ and the tests.
    window.tayoriCanvas = {
        select: function (id) { select(byId(id), false); return !!selected; },
        selectedId: function () { return selected ? selected.getAttribute('data-block-id') : ''; },
        editable: function () { return editing; },
        commit: commit,
        stopEditing: stopEditing,
        requestMove: function (id, targetId, after) { if (bridge) { bridge.requestMove(id, targetId, after); } },
        update: update,
        ready: false
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', attach);
    } else {
        attach();
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.tayori;
        window.tayoriCanvas.ready = true;
        bridge.canvasReady();
    });
})();
