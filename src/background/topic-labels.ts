/** Topic labels in every language, for searching the trail by a topic's name. */
import kb from 'ssn:knowledge-base';

const labels = new Map(kb.topics.map((t) => [t.id, Object.values(t.label).join(' ')]));

export const topicLabels = (id: string): string => labels.get(id) ?? id;
