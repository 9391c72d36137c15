/** The rationale as rich text in a small TipTap editor: bold, italic, lists and http(s) links only. */
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { RichText } from '../../../shared';
import { cleanRichText, isHttpUrl } from '../../../shared';

interface RationaleEditorProps {
  value: RichText;
  onChange: (value: RichText) => void;
}

export function RationaleEditor({ value, onChange }: RationaleEditorProps) {
  const labelId = useId();
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        dropcursor: false,
        gapcursor: false,
        trailingNode: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: [],
          isAllowedUri: (url) => isHttpUrl(url),
          HTMLAttributes: { rel: 'noopener noreferrer', target: null },
        },
      }),
    ],
    content: value,
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      attributes: { class: 'rationale-text', 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: changed }) => onChange(cleanRichText(changed.getJSON())),
  });
  const marks = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bullet: current.isActive('bulletList'),
      ordered: current.isActive('orderedList'),
      link: current.isActive('link'),
    }),
  });

  // Follow changes made elsewhere (undo, a teammate's import) while the analyst is not typing here.
  useEffect(() => {
    if (!editor || editor.isFocused) return;
    if (JSON.stringify(cleanRichText(editor.getJSON())) !== JSON.stringify(value))
      editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  function applyLink(event: FormEvent) {
    event.preventDefault();
    const href = (linkDraft ?? '').trim();
    if (href === '') editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else if (!isHttpUrl(href)) {
      setLinkError('Links must start with http:// or https://.');
      return;
    } else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    setLinkDraft(null);
    setLinkError(null);
  }

  const tool = (label: string, active: boolean, run: () => void, shortcut?: string) => (
    <button
      type="button"
      aria-pressed={active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
      title={shortcut ? `${label} (${shortcut})` : label}
    >
      {label}
    </button>
  );

  return (
    <div className="field rationale">
      <span className="field-label" id={labelId}>
        Rationale
      </span>
      <div className="rationale-toolbar" role="toolbar" aria-label="Rationale formatting">
        {tool('Bold', marks.bold, () => editor.chain().focus().toggleBold().run(), 'Ctrl+B')}
        {tool('Italic', marks.italic, () => editor.chain().focus().toggleItalic().run(), 'Ctrl+I')}
        {tool('• List', marks.bullet, () => editor.chain().focus().toggleBulletList().run())}
        {tool('1. List', marks.ordered, () => editor.chain().focus().toggleOrderedList().run())}
        {tool('Link', marks.link, () =>
          setLinkDraft((editor.getAttributes('link')['href'] as string | undefined) ?? 'https://'),
        )}
      </div>
      {linkDraft !== null && (
        <form className="link-form" onSubmit={applyLink} noValidate>
          <input
            aria-label="Link address"
            value={linkDraft}
            autoFocus
            onChange={(event) => setLinkDraft(event.target.value)}
          />
          <button type="submit">Apply</button>
          <button type="button" onClick={() => setLinkDraft(null)}>
            Cancel
          </button>
          {linkError && (
            <p className="field-error" role="alert">
              {linkError}
            </p>
          )}
        </form>
      )}
      <EditorContent editor={editor} className="rationale-box" />
    </div>
  );
}
