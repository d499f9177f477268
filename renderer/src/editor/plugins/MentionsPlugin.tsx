import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { MenuOption } from '@lexical/react/LexicalMenuOption';
import { $getRoot, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Person } from '@shared/domain/people';
import { useReviewQuery } from '../../api/useQuery';
import { matchPeople } from '../../features/people/match-people';
import { $createMentionNode, $isMentionNode } from '../nodes/MentionNode';
import { $wholeMentionQuery } from './mention-query';
import { $placeCaretAfterMention, registerMentionTyping } from './mention-spacing';
import './MentionsPlugin.css';

class PersonOption extends MenuOption {
  readonly person: Person;
  constructor(person: Person) {
    super(String(person.id));
    this.person = person;
  }
}

/**
 * Typing `@` offers the people register; choosing one inserts a mention node that holds the
 * person's id and shows the real name while drafting. Published output shows the pseudonym.
 * When a person is renamed, mentions already in the text follow the register.
 */
export function MentionsPlugin() {
  const [editor] = useLexicalComposerContext();
  const people = useReviewQuery('people.list', {});
  const [query, setQuery] = useState<string | null>(null);
  const triggerFn = useBasicTypeaheadTriggerMatch('@', { minLength: 0, allowWhitespace: true });

  const options = useMemo(
    () => (query === null ? [] : matchPeople(people.data ?? [], query).map((p) => new PersonOption(p))),
    [people.data, query],
  );

  const onSelectOption = useCallback(
    (option: PersonOption, nodeToReplace: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const mention = $createMentionNode(option.person.id, option.person.realName);
        if (nodeToReplace) $wholeMentionQuery(nodeToReplace, (text) => triggerFn(text, editor)).replace(mention);
        // Typing carries on outside the mention, with one space at most.
        $placeCaretAfterMention(mention);
        closeMenu();
      });
    },
    [editor, triggerFn],
  );

  useEffect(() => registerMentionTyping(editor), [editor]);

  useEffect(() => {
    const list = people.data;
    if (list === undefined) return;
    const names = new Map(list.map((p) => [p.id, p.realName]));
    const stale = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .some(
          (node) =>
            $isMentionNode(node) &&
            names.has(node.getPersonId()) &&
            names.get(node.getPersonId()) !== node.getTextContent(),
        ),
    );
    if (!stale) return;
    editor.update(() => {
      for (const node of $getRoot().getAllTextNodes()) {
        if (!$isMentionNode(node)) continue;
        const name = names.get(node.getPersonId());
        if (name !== undefined && name !== node.getTextContent()) node.setTextContent(name);
      }
    });
  }, [editor, people.data]);

  return (
    <LexicalTypeaheadMenuPlugin<PersonOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex, options: shown }) =>
        anchor.current !== null && shown.length > 0
          ? createPortal(
              // Lexical's anchor is the listbox (#typeahead-menu, referenced by aria-controls and
              // aria-activedescendant="typeahead-item-N"), so the list itself is presentational.
              <div className="cw-mention-menu" role="presentation">
                <ul role="presentation">
                  {shown.map((option, index) => (
                    <li
                      key={option.key}
                      id={`typeahead-item-${index}`}
                      ref={(el) => option.setRefElement(el)}
                      role="option"
                      aria-selected={selectedIndex === index}
                      tabIndex={-1}
                      className={selectedIndex === index ? 'selected' : undefined}
                      onMouseEnter={() => setHighlightedIndex(index)}
                      onMouseDown={(event) => {
                        event.preventDefault();
                        setHighlightedIndex(index);
                        selectOptionAndCleanUp(option);
                      }}
                    >
                      {option.person.realName} <span className="cw-mention-pseudonym">({option.person.pseudonym})</span>
                    </li>
                  ))}
                </ul>
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
