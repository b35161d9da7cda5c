// The demo page's switches: set `lang` and `theme` on every widget; they update in place.
const widgets = () => document.querySelectorAll('ec2-fargate-chooser, ecs-eks-matrix');
for (const radio of document.querySelectorAll('input[name="lang"], input[name="theme"]')) {
  radio.addEventListener('change', () => {
    for (const widget of widgets()) widget.setAttribute(radio.name, radio.value);
    if (radio.name === 'theme') document.documentElement.dataset.theme = radio.value;
  });
}
// Show the latest `change` event, as a host page might use it.
const log = document.getElementById('events');
for (const widget of widgets()) {
  widget.addEventListener('change', (event) => {
    const detail = event.detail;
    const answer = detail.recommendation?.choice ?? detail.comparison?.choice;
    log.textContent = `${event.target.localName} → change: ${answer}`;
  });
}
