/** Where in the editor a problem path from the API points: "/taskTemplates/1/title" -> "Task 2, title". */
export function describeItemPath(path: string): string {
  const [, head, ...rest] = path.split('/');
  const tail = rest.join(' / ');
  switch (head) {
    case 'formSchema':
      return tail ? `Form (schema at /${rest.join('/')})` : 'Form';
    case 'uiSchema':
      return 'Form layout';
    case 'taskTemplates': {
      const [index, ...field] = rest;
      return index === undefined
        ? 'Tasks'
        : `Task ${Number(index) + 1}${field.length ? `, ${field.join(' ')}` : ''}`;
    }
    case 'documentationLinks':
      return `Documentation link ${Number(rest[0]) + 1}${rest[1] ? `, ${rest[1]}` : ''}`;
    case undefined:
    case '':
      return 'Item';
    default:
      return (
        head.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()) +
        (tail ? ` ${tail}` : '')
      );
  }
}
