// Events: each widget dispatches typed event classes (`events.ts`: `static eventName = '…'`)
// and documents them with `@fires name - description`. The analyzer reads
// `dispatchEvent(new WegwijsStepChangeEvent(index))` as an event named after the argument
// (`index`) or without a name, and the `@fires` entries without a type. Here every event gets
// its real name (from the class's `eventName`), its type (the class) and a description (the
// `@fires` text, else the class's own).

function unquote(text) {
  return text?.replace(/^['"`]|['"`]$/g, '');
}

/** Event classes of this package: class name → { eventName, description, module }. */
function eventClasses(manifest) {
  const found = new Map();
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const eventName = declaration.members?.find(
        (member) => member.static && member.name === 'eventName',
      );
      if (!eventName?.default) continue;
      found.set(declaration.name, {
        eventName: unquote(eventName.default),
        description: declaration.description,
        module: mod.path,
      });
    }
  return found;
}

export function typedEvents() {
  return {
    name: 'wegwijs-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const classes = eventClasses(customElementsManifest);
      const byEventName = new Map([...classes].map(([name, info]) => [info.eventName, name]));
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events?.length) continue;
          const events = new Map();
          for (const event of declaration.events) {
            const typeName = event.type?.text;
            const fromType = typeName && classes.get(typeName);
            const name = fromType ? fromType.eventName : event.name;
            // A nameless, untyped dispatch (`new Event(someVariable)`) describes nothing.
            if (!name) continue;
            const merged = events.get(name) ?? { name };
            if (event.description) merged.description = event.description;
            if (event.inheritedFrom) merged.inheritedFrom = event.inheritedFrom;
            const className = fromType ? typeName : byEventName.get(name);
            if (className) {
              const info = classes.get(className);
              merged.type = {
                text: className,
                references: [{ name: className, module: info.module }],
              };
              merged.description ??= info.description;
            } else if (event.type && !merged.type) merged.type = event.type;
            events.set(name, merged);
          }
          declaration.events = [...events.values()].map((event) => ({
            ...event,
            type: event.type ?? { text: 'Event' },
          }));
        }
    },
  };
}
